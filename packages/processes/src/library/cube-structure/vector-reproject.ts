import { epsgCode, reproject } from "../../cube/crs.js";
import { cubeArgument, dimensionsArgument } from "../../cube/cube-argument.js";
import { withDimension } from "../../cube/cube-reshape.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import type { Geometry } from "../../cube/vector-cube.js";
import { mapCoordinates } from "../../cube/vector-geometry.js";
import { defineProcess } from "../../process-entry.js";

function reprojectAxis(cube: DataCube, axis: number, to: number): DataCube {
  const dimension = cube.dimensions[axis] as Dimension;
  const from = epsgCode(dimension.referenceSystem ?? 4326);
  const geometries = ((dimension.geometries ?? []) as Geometry[]).map((geometry) =>
    mapCoordinates(geometry, (point) => reproject(point, from, to)),
  );
  return withDimension(cube, axis, { ...dimension, geometries, referenceSystem: to });
}

/** `vector_reproject`: the geometries of one (or every) geometry dimension in another CRS. */
export const vectorReproject = defineProcess({
  id: "vector_reproject",
  summary: "Reprojects a vector cube's geometries to another CRS (EPSG:4326, 3857 or UTM offline).",
  fidelity: "exact",
  run: ({ data, projection, dimension }) => {
    const cube = cubeArgument(data, "data");
    const to = epsgCode(projection);
    const axes = dimensionsArgument(cube, dimension, "geometry");
    return axes.reduce((result, axis) => reprojectAxis(result, axis, to), cube);
  },
});
