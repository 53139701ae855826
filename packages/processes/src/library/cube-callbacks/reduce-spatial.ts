import { callbackArgument } from "../../cube/callback-argument.js";
import { cellReducer } from "../../cube/cell-reducer.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { DataCube } from "../../cube/data-cube.js";
import { keptBases, reduceOffsetGroups } from "../../cube/kept-bases.js";
import { planeOf } from "../../cube/plane-offsets.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess } from "../../process-entry.js";

const ID = "reduce_spatial";

/** `reduce_spatial`: one value per x/y plane; the result has neither x nor y. */
export const reduceSpatial = defineProcess({
  id: ID,
  summary: "Collapses the x and y dimensions of a cube with a reducer callback and drops both.",
  fidelity: "exact",
  run: ({ data, reducer, context }) => {
    const cube = cubeArgument(data, "data");
    const { x, y } = spatialAxes(cube);
    const plane = planeOf(cube, x, y);
    const reducing = cellReducer(callbackArgument(reducer, ID, "reducer"), context ?? null, ID, cube);
    const values = reduceOffsetGroups(
      cube.values,
      keptBases(cube, [x, y]),
      [plane.pixels.map(plane.offsetOf)],
      reducing.reduce,
    );
    return new DataCube(
      cube.dimensions.filter((_, at) => at !== x && at !== y),
      values,
      reducing.cellType(),
    );
  },
});
