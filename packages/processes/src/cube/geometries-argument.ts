import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { reproject } from "./crs.js";
import { DataCube, type Dimension } from "./data-cube.js";
import { type Geometry, geometryDimension, vectorCube } from "./vector-cube.js";
import { mapCoordinates } from "./vector-geometry.js";

const GEOMETRY_TYPES = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
];

/** The geometries a process works on: the geometry dimension of its result, and each geometry in the cube's CRS. */
export interface GeometrySet {
  readonly dimension: Dimension;
  /** In the CRS of the raster cube, `null` for an empty geometry. */
  readonly shapes: readonly (Geometry | null)[];
}

function asGeometry(value: unknown, processId: string): Geometry | null {
  if (value === null) return null;
  const type = (value as { type?: unknown } | undefined)?.type;
  if (typeof type === "string" && GEOMETRY_TYPES.includes(type)) return value as Geometry;
  throw new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: '${String(type)}' is not a GeoJSON geometry.`,
  );
}

/** The geometries of GeoJSON: a geometry, a Feature or each Feature of a FeatureCollection. */
function geoJsonGeometries(value: Value | undefined, processId: string): (Geometry | null)[] {
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  if (record.type === "FeatureCollection" && Array.isArray(record.features)) {
    return record.features.map((feature) =>
      asGeometry((feature as { geometry?: unknown }).geometry ?? null, processId),
    );
  }
  if (record.type === "Feature") return [asGeometry(record.geometry ?? null, processId)];
  return [asGeometry(record, processId)];
}

/**
 * Reads a `geometries` argument — a vector cube, or GeoJSON (EPSG:4326) with one label per geometry or feature —
 * and reprojects its geometries into the raster cube's CRS (`epsg`).
 */
export function geometriesArgument(value: Value | undefined, epsg: number, processId: string): GeometrySet {
  let dimension: Dimension;
  let from: number;
  if (value instanceof DataCube) {
    const found = geometryDimension(value);
    dimension = value.dimensions[found.axis] as Dimension;
    from = found.epsg;
  } else {
    const geometries = geoJsonGeometries(value, processId);
    dimension = vectorCube(geometries as Geometry[], 4326).dimensions[0] as Dimension;
    from = 4326;
  }
  const move = (point: readonly [number, number]) => reproject(point, from, epsg);
  const shapes = ((dimension.geometries ?? []) as (Geometry | null)[]).map((shape) =>
    shape === null || from === epsg ? shape : mapCoordinates(shape, move),
  );
  return { dimension, shapes };
}
