import { epsgCode } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { clipToEnvelope, type Envelope, reprojectEnvelope } from "../../cube/pixel-geometry.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
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

/** `filter_bbox`: the pixels whose centre lies in the box, reprojected to the cube's CRS first. */
export const filterBbox = defineProcess({
  id: "filter_bbox",
  summary: "Keeps the pixels whose centres lie in a bounding box, given in any supported CRS.",
  fidelity: "exact",
  run: ({ data, extent }) => {
    const cube = cubeArgument(data, "data");
    const axes = spatialAxes(cube);
    const { envelope, epsg } = boundingBox(extent);
    return clipToEnvelope(cube, axes, reprojectEnvelope(envelope, epsg, axes.epsg));
  },
});
