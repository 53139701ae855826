import type { DataCube } from "@jobkit/processes";
import { type ColumnSource, geojsonToWkb, parquetWriteBuffer } from "hyparquet-writer";
import { columnName } from "./csv.js";
import { cubeTable } from "./cube-table.js";
import { geometryBounds } from "./geometry-bounds.js";
import { dateText, type GeoJsonGeometry, vectorLayout } from "./vector-layout.js";

/** The GeoParquet version the `geo` metadata declares. */
export const GEOPARQUET_VERSION = "1.1.0";

/** The `geo` file metadata of GeoParquet 1.x for one WKB column, `geometry`. */
function geoMetadata(geometries: readonly (GeoJsonGeometry | null)[], epsg: number): string {
  const types = [...new Set(geometries.flatMap((geometry) => (geometry ? [geometry.type] : [])))];
  const bbox = geometryBounds(geometries);
  const column = {
    encoding: "WKB",
    geometry_types: types,
    // Without `crs` a reader takes OGC:CRS84 (longitude, latitude); other codes would need PROJJSON: unknown (null).
    ...(epsg === 4326 ? {} : { crs: null }),
    ...(bbox ? { bbox } : {}),
  };
  return JSON.stringify({
    version: GEOPARQUET_VERSION,
    primary_column: "geometry",
    columns: { geometry: column },
  });
}

/**
 * Writes a vector cube as GeoParquet 1.1 (by hyparquet-writer): one row per date and geometry, with the columns
 * openeo-python-driver writes for aggregate_spatial, `date` (RFC 3339 text), `feature_index`, one `DOUBLE` per band
 * (no-data as null) and `geometry` as WKB, described by the `geo` file metadata. A raster cube is refused with
 * `FormatUnsuitable`. GeoParquet honours no `save_result` options.
 */
export function encodeGeoParquet(
  cube: DataCube,
  _options: Readonly<Record<string, unknown>>,
): Uint8Array<ArrayBuffer> {
  const { geometry, time, geometries, epsg } = vectorLayout(cube, "GeoParquet");
  const table = cubeTable(cube, time === undefined ? [geometry] : [time, geometry]);
  const rows = [...table.rows()];
  const feature = (at: number[]) => at[at.length - 1] as number;
  const wkb = geometries.map((shape) =>
    shape ? geojsonToWkb(shape as Parameters<typeof geojsonToWkb>[0]) : null,
  );
  const columnData: ColumnSource[] = [
    ...(time === undefined
      ? []
      : [
          { name: "date", type: "STRING", data: rows.map((row) => dateText(row.labels[0] as string, false)) },
        ]),
    { name: "feature_index", type: "INT32", data: rows.map((row) => feature(row.at)) },
    ...table.columns.map((labels, c) => ({
      name: columnName(labels),
      type: "DOUBLE" as const,
      data: rows.map((row) => (Number.isNaN(row.values[c]) ? null : (row.values[c] as number))),
    })),
    { name: "geometry", type: "BYTE_ARRAY", data: rows.map((row) => wkb[feature(row.at)] ?? null) },
  ] as ColumnSource[];
  const buffer = parquetWriteBuffer({
    columnData,
    kvMetadata: [{ key: "geo", value: geoMetadata(geometries, epsg) }],
    createdBy: "jobkit-mock",
  });
  return new Uint8Array(buffer);
}
