import type { Point } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import type { Dimension } from "../../cube/data-cube.js";
import { intersectsPolygon, polygonsOf } from "../../cube/geojson-polygons.js";
import { envelopeOf } from "../../cube/pixel-geometry.js";
import { assertMetres, type Geometry, geometryDimension } from "../../cube/vector-cube.js";
import { pathsOf } from "../../cube/vector-geometry.js";
import { defineProcess } from "../../process-entry.js";
import { pointsCube } from "./points-cube.js";

/** Most points one geometry may yield, so a tiny distance cannot exhaust memory. */
const MAX_POINTS = 100000;

function tooMany(): Error {
  return cubeFailure(
    "ProcessParameterInvalid",
    `the distance would sample more than ${MAX_POINTS} points per geometry.`,
  );
}

/** Cell centres of a grid from the polygon's upper-left bound that fall inside it. */
function polygonPoints(geometry: Geometry, distance: number): Point[] {
  const polygons = polygonsOf(geometry as never);
  const [w, s, e, n] = envelopeOf(pathsOf(geometry).flat());
  const [columns, rows] = [Math.ceil((e - w) / distance), Math.ceil((n - s) / distance)];
  if (columns * rows > MAX_POINTS) throw tooMany();
  const points: Point[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const centre: Point = [w + (column + 0.5) * distance, n - (row + 0.5) * distance];
      if (polygons.some((polygon) => intersectsPolygon(polygon, centre))) points.push(centre);
    }
  }
  return points;
}

/** Points every `distance` along a line, from its first vertex. */
function linePoints(path: readonly Point[], distance: number): Point[] {
  const points: Point[] = [];
  let offset = 0;
  for (let index = 1; index < path.length; index++) {
    const [a, b] = [path[index - 1] as Point, path[index] as Point];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (; offset < length; offset += distance) {
      if (points.length >= MAX_POINTS) throw tooMany();
      points.push([a[0] + ((b[0] - a[0]) * offset) / length, a[1] + ((b[1] - a[1]) * offset) / length]);
    }
    offset -= length;
  }
  return points;
}

function samplesOf(geometry: Geometry, distance: number): Point[] {
  if (geometry.type.endsWith("Polygon")) return polygonPoints(geometry, distance);
  if (geometry.type.endsWith("LineString"))
    return pathsOf(geometry).flatMap((path) => linePoints(path, distance));
  return pathsOf(geometry).flat();
}

/** `vector_to_regular_points`: grid cell centres inside polygons, evenly spaced points along lines. */
export const vectorToRegularPoints = defineProcess({
  id: "vector_to_regular_points",
  summary: "Samples points on a regular spacing in metres from each geometry of a vector cube.",
  fidelity: "exact",
  run: ({ data, distance, group }) => {
    const cube = cubeArgument(data, "data");
    if (typeof distance !== "number" || distance <= 0) {
      throw cubeFailure("ProcessParameterInvalid", "parameter 'distance' must be a number above 0.");
    }
    const found = geometryDimension(cube);
    assertMetres(found.epsg, "vector_to_regular_points");
    const samples = found.geometries.map((geometry) => samplesOf(geometry, distance));
    return pointsCube(cube.dimensions[found.axis] as Dimension, samples, group !== false);
  },
});
