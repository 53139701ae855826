import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { DataCube, type Dimension } from "./data-cube.js";
import type { GeoJsonGeometry } from "./geometry-pixels.js";

const GEOMETRY_TYPES = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
];

/** The geometry dimension of a vector cube: one label per geometry. */
export function geometryDimension(
  geometries: readonly (GeoJsonGeometry | null)[],
  referenceSystem?: string | number,
): Dimension {
  return {
    name: "geometry",
    type: "geometry",
    labels: geometries.map((_, index) => index),
    geometries,
    ...(referenceSystem !== undefined ? { referenceSystem } : {}),
  };
}

function invalid(processId: string, message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: ${message}`,
  );
}

function asGeometry(value: unknown, processId: string): GeoJsonGeometry | null {
  if (value === null) return null;
  const type = (value as { type?: unknown } | undefined)?.type;
  if (typeof type === "string" && GEOMETRY_TYPES.includes(type)) return value as GeoJsonGeometry;
  throw invalid(processId, `'${String(type)}' is not a GeoJSON geometry.`);
}

/**
 * The geometries of a `geometries` argument, as a geometry dimension: a vector cube's own, or those of a GeoJSON
 * geometry, Feature or FeatureCollection (one label per geometry or feature).
 */
export function geometriesArgument(value: Value | undefined, processId: string): Dimension {
  if (value instanceof DataCube) {
    const dimension = value.dimensions.find((d) => d.type === "geometry");
    if (dimension?.geometries) return dimension;
    throw invalid(processId, "the vector cube has no geometry dimension with geometries.");
  }
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  if (record.type === "FeatureCollection" && Array.isArray(record.features)) {
    return geometryDimension(
      record.features.map((feature) =>
        asGeometry((feature as { geometry?: unknown }).geometry ?? null, processId),
      ),
    );
  }
  if (record.type === "Feature") return geometryDimension([asGeometry(record.geometry ?? null, processId)]);
  return geometryDimension([asGeometry(record, processId)]);
}
