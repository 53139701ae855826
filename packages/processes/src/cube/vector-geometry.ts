import type { Point } from "./crs.js";
import { intersectsPolygon, type Polygon, polygonsOf } from "./geojson-polygons.js";
import type { Geometry } from "./vector-cube.js";

type Segment = readonly [Point, Point];

/** Every line of coordinates of a geometry: the rings of polygons, line strings, single points. */
export function pathsOf(geometry: Geometry): Point[][] {
  const c = geometry.coordinates as never;
  switch (geometry.type) {
    case "Point":
      return [[c]];
    case "MultiPoint":
      return (c as Point[]).map((point) => [point]);
    case "LineString":
      return [c];
    case "MultiLineString":
    case "Polygon":
      return c;
    case "MultiPolygon":
      return (c as Point[][][]).flat();
    case "GeometryCollection":
      return (geometry.geometries ?? []).flatMap(pathsOf);
    default:
      return [];
  }
}

/** Maps every coordinate of a geometry, keeping its structure. */
export function mapCoordinates(geometry: Geometry, map: (point: Point) => Point): Geometry {
  if (geometry.type === "GeometryCollection") {
    return { ...geometry, geometries: (geometry.geometries ?? []).map((item) => mapCoordinates(item, map)) };
  }
  const walk = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === "number"
      ? map(value as unknown as Point)
      : (value as unknown[]).map(walk);
  return { ...geometry, coordinates: walk(geometry.coordinates) };
}

function polygonsOfGeometry(geometry: Geometry): Polygon[] {
  const polygonal = ["Polygon", "MultiPolygon", "GeometryCollection"].includes(geometry.type);
  return polygonal ? polygonsOf(geometry as never).filter((polygon) => polygon.length > 0) : [];
}

function segmentsOf(geometry: Geometry): Segment[] {
  return pathsOf(geometry).flatMap((path) =>
    path.length === 1
      ? [[path[0], path[0]] as Segment]
      : path.slice(1).map((point, index) => [path[index], point] as Segment),
  ) as Segment[];
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function onSegment([a, b]: Segment, p: Point): boolean {
  return (
    orientation(a, b, p) === 0 &&
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** Whether two segments share at least one point. */
function segmentsMeet(s: Segment, t: Segment): boolean {
  const [o1, o2, o3, o4] = [
    orientation(s[0], s[1], t[0]),
    orientation(s[0], s[1], t[1]),
    orientation(t[0], t[1], s[0]),
    orientation(t[0], t[1], s[1]),
  ];
  if (o1 !== o2 && o3 !== o4 && o1 * o2 <= 0 && o3 * o4 <= 0) return true;
  return onSegment(s, t[0]) || onSegment(s, t[1]) || onSegment(t, s[0]) || onSegment(t, s[1]);
}

const inPolygons = (polygons: readonly Polygon[], point: Point) =>
  polygons.some((polygon) => intersectsPolygon(polygon, point));

/** Whether two geometries share at least one point (OGC `intersects`). */
export function geometriesIntersect(a: Geometry, b: Geometry): boolean {
  const [pa, pb] = [polygonsOfGeometry(a), polygonsOfGeometry(b)];
  if (
    pathsOf(a)
      .flat()
      .some((point) => inPolygons(pb, point))
  )
    return true;
  if (
    pathsOf(b)
      .flat()
      .some((point) => inPolygons(pa, point))
  )
    return true;
  const sb = segmentsOf(b);
  return segmentsOf(a).some((s) => sb.some((t) => segmentsMeet(s, t)));
}

/**
 * Whether `a` lies within the polygons of `b`: every vertex of `a` in them and no edge of `a` crossing their
 * boundary strictly (OGC `within`, for polygonal `b`).
 */
export function geometryWithin(a: Geometry, b: Geometry): boolean {
  const polygons = polygonsOfGeometry(b);
  if (polygons.length === 0)
    return pathsOf(a)
      .flat()
      .every((point) => segmentsOf(b).some((s) => onSegment(s, point)));
  if (
    !pathsOf(a)
      .flat()
      .every((point) => inPolygons(polygons, point))
  )
    return false;
  const boundary = segmentsOf(b);
  const proper = (s: Segment, t: Segment) =>
    orientation(s[0], s[1], t[0]) * orientation(s[0], s[1], t[1]) < 0 &&
    orientation(t[0], t[1], s[0]) * orientation(t[0], t[1], s[1]) < 0;
  return !segmentsOf(a).some((s) => boundary.some((t) => proper(s, t)));
}
