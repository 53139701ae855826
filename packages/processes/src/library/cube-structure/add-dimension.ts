import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { dimensionIndex } from "../../cube/cube-index.js";
import { DataCube, type Dimension, type DimensionType } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

const TYPES: readonly DimensionType[] = ["spatial", "temporal", "bands", "geometry", "other"];

/** `add_dimension`: a new first dimension with one label; the cells stay as they are. */
export const addDimension = defineProcess({
  id: "add_dimension",
  summary: "Puts a new dimension with a single label in front of a cube's dimensions.",
  fidelity: "exact",
  run: ({ data, name, label, type }) => {
    const cube = cubeArgument(data, "data");
    const dimensionName = stringArgument(name, "name");
    if (dimensionIndex(cube, dimensionName) >= 0) {
      throw cubeFailure("DimensionExists", `the data cube already has a dimension '${dimensionName}'.`);
    }
    if (typeof label !== "string" && typeof label !== "number") {
      throw cubeFailure("ProcessParameterInvalid", "parameter 'label' must be a number or a string.");
    }
    const dimensionType = stringArgument(type, "type") as DimensionType;
    if (!TYPES.includes(dimensionType)) {
      throw cubeFailure("ProcessParameterInvalid", `parameter 'type' must be one of ${TYPES.join(", ")}.`);
    }
    const added: Dimension = { name: dimensionName, type: dimensionType, labels: [label] };
    // An empty cube (create_data_cube) has no cell yet: its first dimension brings one no-data cell.
    const values = cube.dimensions.length === 0 ? Float64Array.of(Number.NaN) : cube.values;
    return new DataCube([added, ...cube.dimensions], values, cube.cellType);
  },
});
