import { callbackArgument } from "../../cube/callback-argument.js";
import { cellReducer } from "../../cube/cell-reducer.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { requireDimension } from "../../cube/cube-index.js";
import { DataCube } from "../../cube/data-cube.js";
import { reduceAlong, wholeDimension } from "../../cube/reduce-along.js";
import { defineProcess } from "../../process-entry.js";
import { alongDimensions } from "../common/cells-in-place.js";

const ID = "reduce_dimension";

/** `reduce_dimension`: one value per run of cells along a dimension, which the result no longer has. */
export const reduceDimension = defineProcess({
  id: ID,
  summary: "Collapses one dimension of a cube with a reducer callback and drops that dimension.",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: false }),
  run: ({ data, reducer, dimension, context }) => {
    const cube = cubeArgument(data, "data");
    const index = requireDimension(cube, String(dimension));
    const labels = cube.dimensions[index]?.labels ?? [];
    const reducing = cellReducer(callbackArgument(reducer, ID, "reducer"), context ?? null, ID, {
      cellType: cube.cellType,
      labelsOf: () => labels,
    });
    const values = reduceAlong(cube, index, wholeDimension(labels.length), reducing.reduce);
    return new DataCube(
      cube.dimensions.filter((_, at) => at !== index),
      values,
      reducing.cellType(),
    );
  },
});
