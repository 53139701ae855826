import type { DataCube, Dimension } from "@jobkit/processes";
import { cubeTable } from "./cube-table.js";
import { flattenPrefix } from "./format-options.js";
import { dateText, vectorLayout } from "./vector-layout.js";

const encoder = new TextEncoder();

/** The property name of one column: its labels (dates as `YYYY-MM-DDTHH:MM:SSZ`) after the prefix, joined by `~`. */
function propertyName(
  dimensions: readonly Dimension[],
  labels: readonly (string | number)[],
  prefix?: string,
) {
  const parts = labels.map((label, d) =>
    (dimensions[d] as Dimension).type === "temporal" ? dateText(label, false) : String(label),
  );
  return parts.length === 0
    ? (prefix ?? "_vc")
    : [...(prefix === undefined ? [] : [prefix]), ...parts].join("~");
}

/** The legacy GeoJSON `crs` member that GDAL reads, for geometries not in WGS84 (RFC 7946 knows only WGS84). */
function crsMember(epsg: number): Record<string, unknown> {
  return epsg === 4326
    ? {}
    : { crs: { type: "name", properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } } };
}

/**
 * Writes a vector cube as a GeoJSON FeatureCollection (RFC 7946, by `JSON.stringify`), laid out as
 * openeo-python-driver writes vector cubes: one Feature per geometry (`id` its index), and one property per date
 * and band, named `<date>~<band>` (`<flatten_prefix>~<date>~<band>` with that option), no-data as `null`.
 * A raster cube is refused with `FormatUnsuitable`.
 */
export function encodeGeoJson(
  cube: DataCube,
  options: Readonly<Record<string, unknown>>,
): Uint8Array<ArrayBuffer> {
  const prefix = flattenPrefix(options);
  const { geometry, geometries, epsg } = vectorLayout(cube, "GeoJSON");
  const table = cubeTable(cube, [geometry]);
  const names = table.columns.map((labels) => propertyName(table.columnDimensions, labels, prefix));
  const features = [...table.rows()].map(({ at, values }) => ({
    type: "Feature",
    id: at[0],
    geometry: geometries[at[0] as number] ?? null,
    properties: Object.fromEntries(
      names.map((name, c) => [name, Number.isNaN(values[c]) ? null : values[c]]),
    ),
  }));
  const body = { type: "FeatureCollection", ...crsMember(epsg), features };
  return encoder.encode(JSON.stringify(body)) as Uint8Array<ArrayBuffer>;
}
