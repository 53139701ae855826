import type { Point } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { withDimension } from "../../cube/cube-reshape.js";
import type { Dimension } from "../../cube/data-cube.js";
import { envelopeOf } from "../../cube/pixel-geometry.js";
import { assertMetres, type Geometry, geometryDimension } from "../../cube/vector-cube.js";
import { pathsOf } from "../../cube/vector-geometry.js";
import { defineProcess } from "../../process-entry.js";

const EMPTY: Geometry = { type: "GeometryCollection", geometries: [] };
const SIDES = 32;

function circle([x, y]: Point, radius: number): Point[] {
  const ring = Array.from({ length: SIDES }, (_, k): Point => {
    const angle = (2 * Math.PI * k) / SIDES;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
  });
  return [...ring, ring[0] as Point];
}

/** A point becomes a circle; anything else its envelope grown (or shrunk) by the distance. */
function buffered(geometry: Geometry, distance: number): Geometry {
  const points = pathsOf(geometry).flat();
  if (points.length === 0) return EMPTY;
  if (geometry.type === "Point")
    return distance > 0 ? { type: "Polygon", coordinates: [circle(points[0] as Point, distance)] } : EMPTY;
  const [w, s, e, n] = envelopeOf(points);
  const box = [w - distance, s - distance, e + distance, n + distance];
  if ((box[0] as number) >= (box[2] as number) || (box[1] as number) >= (box[3] as number)) return EMPTY;
  const [bw, bs, be, bn] = box as [number, number, number, number];
  return {
    type: "Polygon",
    coordinates: [
      [
        [bw, bs],
        [be, bs],
        [be, bn],
        [bw, bn],
        [bw, bs],
      ],
    ],
  };
}

/** `vector_buffer`: polygons around each geometry; only points get a true (32-sided) buffer offline. */
export const vectorBuffer = defineProcess({
  id: "vector_buffer",
  summary: "Grows or shrinks geometries into polygons by a distance in metres (envelopes for non-points).",
  fidelity: "shape-only",
  run: ({ geometries, distance }, context) => {
    const cube = cubeArgument(geometries, "geometries");
    if (typeof distance !== "number")
      throw cubeFailure("ProcessParameterInvalid", "parameter 'distance' must be a number.");
    const found = geometryDimension(cube);
    assertMetres(found.epsg, "vector_buffer");
    context.warn("vector_buffer: lines and polygons are buffered as their envelopes.");
    const dimension = cube.dimensions[found.axis] as Dimension;
    return withDimension(cube, found.axis, {
      ...dimension,
      geometries: found.geometries.map((g) => buffered(g, distance)),
    });
  },
});
