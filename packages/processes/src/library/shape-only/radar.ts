import type { ProcessArguments, ProcessContext, ProcessImplementation } from "../../process-entry.js";
import { choiceArgument, cubeArgument, flagArgument, textArgument } from "../common/argument-readers.js";
import { cellByCell } from "../common/cells-in-place.js";
import { addBands, checkElevationModel } from "./band-labels.js";
import { shapeOnlyProcess } from "./shape-only-process.js";

/** The bands a backscatter option adds, in the order of the parameters. */
const OPTIONAL_BANDS = ["mask", "contributing_area", "local_incidence_angle", "ellipsoid_incidence_angle"];

const COEFFICIENTS = ["beta0", "sigma0-ellipsoid", "sigma0-terrain", "gamma0-ellipsoid", "gamma0-terrain"];

const NOT_COMPUTED =
  "backscatter is not computed by jobkit; the input bands pass through unchanged and the bands it adds hold no-data.";

/** The input cube with its bands followed by the added ones; `always` are added whatever the flags say. */
function backscatter(id: string, args: ProcessArguments, context: ProcessContext, always: string[]) {
  const cube = cubeArgument(id, "data", args.data);
  checkElevationModel(id, textArgument(id, "elevation_model", args.elevation_model, true), context);
  flagArgument(id, "noise_removal", args.noise_removal);
  const flagged = OPTIONAL_BANDS.filter((band) => band in args && flagArgument(id, band, args[band]));
  const added = OPTIONAL_BANDS.filter((band) => always.includes(band) || flagged.includes(band));
  return addBands(id, cube, added, context);
}

/** The SAR processes: the input bands pass through, the bands the options ask for are added empty. */
export const radarProcesses: readonly ProcessImplementation[] = [
  shapeOnlyProcess({
    id: "sar_backscatter",
    summary: "SAR backscatter; here the input bands pass through and requested extra bands are empty.",
    warning: NOT_COMPUTED,
    // the bands pass through cell by cell here (a real back-end's terrain correction moves pixels)
    cellsInPlace: cellByCell("data"),
    shape: (args, context) => {
      choiceArgument("sar_backscatter", "coefficient", args.coefficient, COEFFICIENTS, true);
      return backscatter("sar_backscatter", args, context, []);
    },
  }),
  shapeOnlyProcess({
    id: "ard_normalized_radar_backscatter",
    summary: "CARD4L gamma0 backscatter; here input bands pass through, added bands are empty.",
    warning: NOT_COMPUTED,
    shape: (args, context) =>
      backscatter("ard_normalized_radar_backscatter", args, context, ["mask", "local_incidence_angle"]),
  }),
];
