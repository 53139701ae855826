import { cubeArgument } from "../../cube/cube-argument.js";
import { assertCubeCells, cellCount } from "../../cube/cube-index.js";
import type { Dimension } from "../../cube/data-cube.js";
import { resampleGrid } from "../../cube/resample-grid.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess } from "../../process-entry.js";
import { resampleMethod } from "./resample-method.js";

/** `resample_cube_spatial`: the cube sampled on the x and y labels (and CRS) of a target cube. */
export const resampleCubeSpatial = defineProcess({
  id: "resample_cube_spatial",
  summary: "Regrids a cube's x and y onto another cube's pixels with a gdalwarp resampling method.",
  fidelity: "exact",
  run: ({ data, target, method }, context) => {
    const cube = cubeArgument(data, "data");
    const reference = cubeArgument(target, "target");
    const [axes, targetAxes] = [spatialAxes(cube), spatialAxes(reference)];
    const x = {
      ...(reference.dimensions[targetAxes.x] as Dimension),
      name: cube.dimensions[axes.x]?.name ?? "x",
    };
    const y = {
      ...(reference.dimensions[targetAxes.y] as Dimension),
      name: cube.dimensions[axes.y]?.name ?? "y",
    };
    const others = cube.dimensions.filter((_, index) => index !== axes.x && index !== axes.y);
    assertCubeCells(cellCount([...others, x, y]), context);
    const name = resampleMethod("resample_cube_spatial", method ?? null, context);
    return resampleGrid(cube, axes, { x, y, epsg: targetAxes.epsg }, name);
  },
});
