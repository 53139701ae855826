import { decode } from "fast-png";
import { fromArrayBuffer } from "geotiff";
import h5wasm, { type Dataset } from "h5wasm";
import { readNetCdf } from "../read-netcdf.js";
import type { Downloaded } from "./run-graph.js";

/** What a result file holds, as its format's reader sees it. */
export interface OpenedAsset {
  /** Band labels when the format names them (netCDF variables); undefined when it only counts them. */
  bands?: string[];
  /** How many bands (GeoTIFF samples, netCDF variables). */
  bandCount: number;
  /** The labels of the time dimension (`YYYY-MM-DD`), or undefined when the file has none. */
  dates?: string[];
  /** Rows of a table (CSV), features of GeoJSON, geometries of a vector cube in openEO's JSON form. */
  rows?: number;
}

const COORDINATES = new Set(["t", "x", "y", "crs", "spatial_ref", "lat", "lon", "time", "bands"]);
const DAY_MS = 86_400_000;

/** A GeoTIFF read with geotiff.js: the samples of its first image; a date in the file name is its time label. */
async function openGeoTiff(bytes: Uint8Array, name: string): Promise<OpenedAsset> {
  const tiff = await fromArrayBuffer(bytes.slice().buffer);
  const image = await tiff.getImage();
  await image.readRasters({ window: [0, 0, 1, 1] });
  const date = /\d{4}-\d{2}-\d{2}/.exec(name)?.[0];
  return { bandCount: image.getSamplesPerPixel(), dates: date ? [date] : undefined };
}

/**
 * A netCDF file read with h5wasm: its data variables are the bands (not the CF auxiliary coordinates their
 * `coordinates` attribute names, as xarray reads them), its `t` coordinate the dates.
 */
async function openNetCdf(bytes: Uint8Array): Promise<OpenedAsset> {
  await h5wasm.ready;
  return readNetCdf(bytes, (file) => {
    const auxiliary = file.keys().flatMap((key) => {
      const names = (file.get(key) as Dataset).attrs.coordinates?.value;
      return typeof names === "string" ? names.split(" ") : [];
    });
    const bands = file.keys().filter((key) => !COORDINATES.has(key) && !auxiliary.includes(key));
    const t = file.keys().includes("t") ? (file.get("t") as Dataset) : undefined;
    // A t of text labels (renamed with rename_labels, written as strings) holds no dates.
    const values = t ? Array.from(t.value as ArrayLike<number | bigint | string>) : undefined;
    const days = values?.every((value) => typeof value !== "string") ? values.map(Number) : undefined;
    const dates = days?.map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
    return { bands, bandCount: bands.length, dates };
  });
}

/**
 * A PNG read with fast-png: an 8-bit picture of red, green and blue (or grey) channels, which are not the cube's
 * bands, so its bands are those of the asset's metadata; a date in the file name is its time label.
 */
function openPng({ bytes, name, bands }: Downloaded): OpenedAsset {
  const png = decode(bytes);
  if (png.depth !== 8 || ![1, 3].includes(png.channels) || png.width * png.height === 0)
    throw new Error(
      `PNG of ${png.width} × ${png.height} pixels, ${png.channels} channels of ${png.depth} bits`,
    );
  if (!bands) throw new Error("the PNG asset's metadata names no bands");
  const date = /\d{4}-\d{2}-\d{2}/.exec(name)?.[0];
  return { bands, bandCount: bands.length, dates: date ? [date] : undefined };
}

/** CSV rows after the header, each with as many fields as the header. */
function openCsv(text: string): OpenedAsset {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const width = (lines[0] ?? "").split(",").length;
  const ragged = lines.findIndex((line) => line.split(",").length !== width);
  if (ragged >= 0) throw new Error(`CSV line ${ragged + 1} has not the header's ${width} fields`);
  return { bandCount: width, rows: lines.length - 1 };
}

interface CubeJson {
  type?: string;
  dimensions?: Record<string, { type?: string; values?: unknown[] }>;
  features?: unknown[];
}

/**
 * The timeseries JSON of openEO's geotrellis back-ends (a vector cube with time): per date, per geometry, the band
 * values; one row per date and geometry. Undefined for any other JSON.
 */
function openTimeseries(value: object): OpenedAsset | undefined {
  const entries = Object.entries(value);
  const isSeries = ([date, rows]: [string, unknown]) =>
    /^\d{4}-\d{2}-\d{2}/.test(date) && Array.isArray(rows) && rows.every(Array.isArray);
  if (entries.length === 0 || !entries.every(isSeries)) return undefined;
  const rows = entries.flatMap(([, perGeometry]) => perGeometry as unknown[][]);
  const widths = new Set(rows.map((row) => row.length));
  if (widths.size !== 1) throw new Error(`timeseries rows of ${[...widths].join(", ")} values`);
  return {
    bandCount: rows[0]?.length ?? 0,
    dates: entries.map(([date]) => date.slice(0, 10)),
    rows: rows.length,
  };
}

/**
 * openEO's JSON form of a cube (its bands, dates and geometries), the timeseries JSON of a vector cube with time, a
 * GeoJSON FeatureCollection, or any JSON.
 */
function openJson(text: string): OpenedAsset {
  const value = JSON.parse(text) as CubeJson;
  if (value?.type === "FeatureCollection") return { bandCount: 0, rows: value.features?.length ?? 0 };
  const series =
    value !== null && typeof value === "object" && !Array.isArray(value) && openTimeseries(value);
  if (series) return series;
  if (value?.type !== "datacube") return { bandCount: 0 };
  const labels = (type: string) =>
    Object.values(value.dimensions ?? {})
      .find((dimension) => dimension.type === type)
      ?.values?.map(String);
  const bands = labels("bands");
  return {
    bands,
    bandCount: bands?.length ?? 1,
    dates: labels("temporal")?.map((date) => date.slice(0, 10)),
    rows: labels("geometry")?.length,
  };
}

/** Opens a downloaded asset in the reader of its media type; throws when the reader cannot read it. */
export async function openAsset(asset: Downloaded): Promise<OpenedAsset> {
  const { bytes, type, name } = asset;
  if (type.startsWith("image/tiff")) return openGeoTiff(bytes, name);
  if (type === "image/png") return openPng(asset);
  if (type === "application/x-netcdf" || type === "application/netcdf") return openNetCdf(bytes);
  const text = new TextDecoder().decode(bytes);
  if (type.startsWith("text/csv")) return openCsv(text);
  if (type.startsWith("application/json") || type.startsWith("application/geo+json")) return openJson(text);
  throw new Error(`no reader for ${name} of type ${type}`);
}
