import type { Point } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import type { Dimension } from "../../cube/data-cube.js";
import { intersectsPolygon, polygonsOf } from "../../cube/geojson-polygons.js";
import { envelopeOf } from "../../cube/pixel-geometry.js";
import { type Geometry, geometryDimension } from "../../cube/vector-cube.js";
import { pathsOf } from "../../cube/vector-geometry.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { pointsCube } from "./points-cube.js";

/** Most points one call may sample, so a huge count cannot exhaust memory or time. */
const MAX_POINTS = 100000;

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many points each geometry gets: `geometry_count` each, `total_count` spread evenly, else one. */
function counts(geometries: number, perGeometry: Value, total: Value): number[] {
  if (typeof total === "number" && total < geometries) {
    throw cubeFailure(
      "CountMismatch",
      `total_count ${total} is below the number of geometries (${geometries}).`,
    );
  }
  return Array.from({ length: geometries }, (_, index) => {
    const share =
      typeof total === "number"
        ? Math.floor(total / geometries) + (index < total % geometries ? 1 : 0)
        : Infinity;
    const cap = typeof perGeometry === "number" ? perGeometry : typeof total === "number" ? Infinity : 1;
    return Math.max(1, Math.min(share, cap));
  });
}

function sample(geometry: Geometry, count: number, random: () => number): Point[] {
  const vertices = pathsOf(geometry).flat();
  if (vertices.length === 0) return [];
  if (!geometry.type.endsWith("Polygon")) {
    return Array.from({ length: count }, () => vertices[Math.floor(random() * vertices.length)] as Point);
  }
  const polygons = polygonsOf(geometry as never);
  const [w, s, e, n] = envelopeOf(vertices);
  const points: Point[] = [];
  for (let attempt = 0; points.length < count && attempt < count * 1000; attempt++) {
    const candidate: Point = [w + random() * (e - w), s + random() * (n - s)];
    if (polygons.some((polygon) => intersectsPolygon(polygon, candidate))) points.push(candidate);
  }
  return points;
}

/** `vector_to_random_points`: seeded random points inside polygons, on the vertices of lines and points. */
export const vectorToRandomPoints = defineProcess({
  id: "vector_to_random_points",
  summary: "Samples seeded random points from each geometry of a vector cube.",
  fidelity: "shape-only",
  run: ({ data, geometry_count, total_count, group, seed }, context) => {
    const cube = cubeArgument(data, "data");
    const found = geometryDimension(cube);
    context.warn("vector_to_random_points: lines and points are sampled at their vertices.");
    const random = generator(typeof seed === "number" ? seed : 0);
    const perGeometry = counts(found.geometries.length, geometry_count ?? null, total_count ?? null);
    if (perGeometry.reduce((sum, count) => sum + count, 0) > MAX_POINTS) {
      throw cubeFailure("ProcessParameterInvalid", `at most ${MAX_POINTS} points can be sampled in all.`);
    }
    const samples = found.geometries.map((geometry, index) =>
      sample(geometry, perGeometry[index] ?? 1, random),
    );
    return pointsCube(cube.dimensions[found.axis] as Dimension, samples, group !== false);
  },
});
