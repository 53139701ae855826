import { epsgCode } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import type { DataCube } from "../../cube/data-cube.js";
import { clipToEnvelope, type Envelope, reprojectEnvelope } from "../../cube/pixel-geometry.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { type Geometry, geometryDimension, keepGeometries } from "../../cube/vector-cube.js";
import { geometryWithin, pathsOf } from "../../cube/vector-geometry.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";

/** A bounding box argument (`west`, `south`, `east`, `north`, `crs`) as an envelope and its EPSG code. */
export function boundingBox(extent: Value | undefined): { envelope: Envelope; epsg: number } {
  const box = (extent ?? {}) as Record<string, Value>;
  const sides = [box.west, box.south, box.east, box.north];
  if (!sides.every((side) => typeof side === "number")) {
    throw cubeFailure(
      "ProcessParameterInvalid",
      "the bounding box needs numbers west, south, east and north.",
    );
  }
  const [west, south, east, north] = sides as number[];
  return {
    envelope: [west as number, south as number, east as number, north as number],
    epsg: box.crs === undefined || box.crs === null ? 4326 : epsgCode(box.crs),
  };
}

/** A vector cube keeps the geometries that lie fully within the box, in the geometries' CRS. */
function filterGeometries(cube: DataCube, envelope: Envelope, epsg: number): DataCube {
  const [w, s, e, n] = reprojectEnvelope(envelope, epsg, geometryDimension(cube).epsg);
  const box: Geometry = {
    type: "Polygon",
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
  return keepGeometries(cube, (geometry) => pathsOf(geometry).length > 0 && geometryWithin(geometry, box));
}

/**
 * `filter_bbox`: a raster cube keeps the pixels whose centre lies in the box, a vector cube the geometries fully
 * within it; the box is reprojected to the cube's CRS first.
 */
export const filterBbox = defineProcess({
  id: "filter_bbox",
  summary: "Keeps the pixels (or whole geometries) that lie in a bounding box, given in any supported CRS.",
  fidelity: "exact",
  run: ({ data, extent }) => {
    const cube = cubeArgument(data, "data");
    const { envelope, epsg } = boundingBox(extent);
    const isVector = cube.dimensions.some((dimension) => dimension.type === "geometry");
    if (isVector && !cube.dimensions.some((dimension) => dimension.type === "spatial")) {
      return filterGeometries(cube, envelope, epsg);
    }
    const axes = spatialAxes(cube);
    return clipToEnvelope(cube, axes, reprojectEnvelope(envelope, epsg, axes.epsg));
  },
});
