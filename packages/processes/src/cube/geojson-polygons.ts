import type { Value } from "../value.js";
import type { Point } from "./crs.js";
import { cubeFailure } from "./cube-failure.js";
import { DataCube } from "./data-cube.js";

/** A polygon as rings of points: the outer ring first, then its holes. */
export type Polygon = readonly (readonly Point[])[];

type Geometry = { type?: unknown; coordinates?: unknown; geometries?: unknown };

function geometryPolygons(geometry: Geometry): Polygon[] {
  if (geometry.type === "Polygon") return [geometry.coordinates as Polygon];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as Polygon[];
  if (geometry.type === "GeometryCollection") {
    return (geometry.geometries as Geometry[]).flatMap(geometryPolygons);
  }
  throw cubeFailure(
    "ProcessParameterInvalid",
    `only polygons are supported here, got a GeoJSON ${String(geometry.type)}.`,
  );
}

/**
 * The polygons of a GeoJSON Polygon, MultiPolygon, Feature, FeatureCollection or GeometryCollection, or of a
 * vector cube's geometry dimension, in EPSG:4326 (GeoJSON's CRS); empty geometries are skipped.
 */
export function polygonsOf(value: Value): Polygon[] {
  if (value instanceof DataCube) {
    const geometries = value.dimensions.find((dimension) => dimension.type === "geometry")?.geometries ?? [];
    return geometries.flatMap((geometry) => geometryPolygons(geometry as Geometry));
  }
  const record = (value ?? {}) as { type?: unknown; geometry?: unknown; features?: unknown };
  if (record.type === "FeatureCollection" && Array.isArray(record.features)) {
    return (record.features as Value[]).flatMap(polygonsOf);
  }
  if (record.type === "Feature") return record.geometry ? polygonsOf(record.geometry as Value) : [];
  if (typeof record.type !== "string") {
    throw cubeFailure("ProcessParameterInvalid", "the geometries must be GeoJSON or a vector data cube.");
  }
  return geometryPolygons(record).filter((polygon) => polygon.length > 0);
}

/** Whether a point lies inside a ring or on its boundary (even-odd rule). */
function inRing(ring: readonly Point[], [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (onSegment([xi, yi], [xj, yj], [x, y])) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  if (Math.abs(cross) > 1e-12 * Math.max(1, Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]))) return false;
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** Whether a point intersects a polygon (inside its outer ring and not strictly inside a hole). */
export function intersectsPolygon(polygon: Polygon, point: Point): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !inRing(outer, point)) return false;
  return !holes.some((hole) => inRing(hole, point) && !onBoundary(hole, point));
}

function onBoundary(ring: readonly Point[], point: Point): boolean {
  return ring.some((vertex, index) => onSegment(vertex, ring[(index + 1) % ring.length] as Point, point));
}
