import type { DataCube, Dimension } from "@jobkit/processes";
import { OpenEOError } from "../../internal/openeo-error.js";

/** Where a vector cube keeps its geometries and dates. */
export interface VectorLayout {
  /** The axis of the geometry dimension. */
  readonly geometry: number;
  /** The axis of the temporal dimension, if the cube has one. */
  readonly time: number | undefined;
  /** The GeoJSON geometry of each label of the geometry dimension (`null`: empty). */
  readonly geometries: readonly (GeoJsonGeometry | null)[];
  /** The EPSG code of the geometries (4326 unless the dimension says otherwise). */
  readonly epsg: number;
}

/** A GeoJSON geometry as the engine's vector cubes hold it. */
export interface GeoJsonGeometry {
  readonly type: string;
  readonly coordinates?: unknown;
  readonly geometries?: readonly GeoJsonGeometry[];
}

function epsgOf(referenceSystem: string | number | undefined): number {
  if (referenceSystem === undefined) return 4326;
  const code = Number(String(referenceSystem).replace(/^EPSG:/i, ""));
  return Number.isInteger(code) ? code : 4326;
}

/** Whether a cube is a vector cube: it has a geometry dimension (as `aggregate_spatial` makes them). */
export function isVectorCube(cube: DataCube): boolean {
  return cube.dimensions.some((dimension) => dimension.type === "geometry");
}

/** The layout of a vector cube; `FormatUnsuitable` for a cube without a geometry dimension (a raster cube). */
export function vectorLayout(cube: DataCube, format: string): VectorLayout {
  const geometry = cube.dimensions.findIndex((dimension) => dimension.type === "geometry");
  if (geometry < 0) {
    throw OpenEOError.custom(
      400,
      "FormatUnsuitable",
      `${format} holds vector data, but the cube saved has no geometry dimension; reduce it to geometries first (aggregate_spatial), or save it as GTiff or netCDF.`,
    );
  }
  const dimension = cube.dimensions[geometry] as Dimension;
  const time = cube.dimensions.findIndex((item) => item.type === "temporal");
  return {
    geometry,
    time: time < 0 ? undefined : time,
    geometries: (dimension.geometries ?? []) as (GeoJsonGeometry | null)[],
    epsg: epsgOf(dimension.referenceSystem),
  };
}

/** A date label as RFC 3339 in UTC, `YYYY-MM-DDTHH:MM:SSZ` (with `.sssZ` when `millis`); other labels as they are. */
export function dateText(label: string | number, millis: boolean): string {
  const time = new Date(label).getTime();
  if (Number.isNaN(time)) return String(label);
  const text = new Date(time).toISOString();
  return millis ? text : text.replace(/\.\d{3}Z$/, "Z");
}
