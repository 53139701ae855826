import type { Dimension } from "../../cube/data-cube.js";
import type { ProcessImplementation } from "../../process-entry.js";
import { choiceArgument, cubeArgument, textArgument } from "../common/argument-readers.js";
import { addBands, bandsAxis, checkElevationModel, emptyCube, replaceDimension } from "./band-labels.js";
import { shapeOnlyProcess } from "./shape-only-process.js";

const CORRECTION_METHODS = ["FORCE", "iCOR"];
const DETECTION_METHODS = ["Fmask", "s2cloudless", "Sen2Cor"];

/** The disturbances each cloud detection method reports (s2cloudless: cloud probability only). */
function disturbancesOf(method: string | null): string[] {
  return method === "s2cloudless" ? ["cloud"] : ["cloud", "shadow"];
}

/** The bands CARD4L surface reflectance always adds to the spectral bands. */
const CARD4L_BANDS = ["incomplete-testing", "saturation", "cloud", "shadow"];

/** The optical processes: atmospheric correction, cloud detection, CARD4L surface reflectance. */
export const opticalProcesses: readonly ProcessImplementation[] = [
  shapeOnlyProcess({
    id: "atmospheric_correction",
    summary: "Top to bottom of atmosphere reflectance; here the cube passes through unchanged.",
    warning: "atmospheric correction is not computed by jobkit; the data cube passes through unchanged.",
    shape: ({ data, method, elevation_model }, context) => {
      const cube = cubeArgument("atmospheric_correction", "data", data);
      bandsAxis("atmospheric_correction", cube);
      choiceArgument("atmospheric_correction", "method", method, CORRECTION_METHODS, true);
      const model = textArgument("atmospheric_correction", "elevation_model", elevation_model, true);
      checkElevationModel("atmospheric_correction", model, context);
      return cube;
    },
  }),
  shapeOnlyProcess({
    id: "cloud_detection",
    summary: "Cloud and shadow probability bands; here they hold no-data.",
    warning: "cloud detection is not computed by jobkit; the disturbance bands hold no-data.",
    shape: ({ data, method }, context) => {
      const cube = cubeArgument("cloud_detection", "data", data);
      const detection = choiceArgument("cloud_detection", "method", method, DETECTION_METHODS, true);
      const axis = bandsAxis("cloud_detection", cube);
      const bands = { ...(cube.dimensions[axis] as Dimension), labels: disturbancesOf(detection) };
      return emptyCube(replaceDimension(cube, axis, bands), context);
    },
  }),
  shapeOnlyProcess({
    id: "ard_surface_reflectance",
    summary: "CARD4L surface reflectance; here the bands pass through and the added bands are empty.",
    warning:
      "surface reflectance is not computed by jobkit; the spectral bands pass through unchanged and the CARD4L bands it adds hold no-data.",
    shape: (args, context) => {
      const id = "ard_surface_reflectance";
      const cube = cubeArgument(id, "data", args.data);
      choiceArgument(
        id,
        "atmospheric_correction_method",
        args.atmospheric_correction_method,
        CORRECTION_METHODS,
      );
      choiceArgument(id, "cloud_detection_method", args.cloud_detection_method, DETECTION_METHODS);
      checkElevationModel(id, textArgument(id, "elevation_model", args.elevation_model, true), context);
      return addBands(id, cube, CARD4L_BANDS, context);
    },
  }),
];
