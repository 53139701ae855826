import h5wasm, { type Dataset, dtype_to_metadata, type File, type Group, Module } from "h5wasm";
import { formatUnsuitable } from "../format-unsuitable.js";
import { reserveMemoryFile } from "./memory-file.js";
import type { GridSource } from "./result-grid.js";

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],' +
  'AUTHORITY["EPSG","4326"]]';
const DAY_MS = 86_400_000;
/** netCDF-C's name for the file a path in the in-memory file system stands for; one at a time (synchronous). */
const SCRATCH = "/jobkit-result.nc";

/** A string attribute as netCDF-C writes text (`NC_CHAR`): fixed-length ASCII, scalar. */
function text(target: Dataset | Group, name: string, value: string): void {
  target.create_attribute(name, value, null, `S${Math.max(1, value.length)}`);
}

/**
 * A dimension: a coordinate variable that is an HDF5 dimension scale with netCDF-4's dimension id; numbers, or
 * strings (netCDF-4 `string`).
 */
function coordinate(
  file: File,
  name: string,
  id: number,
  values: Float64Array | Int32Array | string[],
): Dataset {
  const data = Array.isArray(values)
    ? { name, data: values, shape: [values.length] }
    : { name, data: values, shape: [values.length], dtype: values instanceof Int32Array ? "<i" : "<d" };
  const variable = file.create_dataset(data);
  variable.make_scale(name);
  variable.create_attribute("_Netcdf4Dimid", id, null, "<i");
  return variable;
}

/** Pixel-centre coordinates from `start` (outer edge of the first pixel) in steps of `step`. */
function centres(count: number, start: number, step: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => start + (i + 0.5) * step);
}

/** Days since 1970-01-01 of a date label (its day, the time of day dropped); NaN when it is no date. */
function dayOf(label: string): number {
  return Math.floor(Date.parse(`${label.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/**
 * The time coordinate `t` (days since 1970-01-01), as dimension `id`; its labels as strings when one is no date
 * (after `rename_labels`, say: openEO labels are numbers or strings), rather than a made-up day.
 */
function writeTime(file: File, dates: readonly string[], id: number): void {
  const days = dates.map(dayOf);
  if (days.some(Number.isNaN)) {
    text(coordinate(file, "t", id, [...dates]), "long_name", "t");
    return;
  }
  const t = coordinate(file, "t", id, Int32Array.from(days));
  text(t, "standard_name", "time");
  text(t, "long_name", "t");
  text(t, "units", "days since 1970-01-01");
  text(t, "calendar", "standard");
  text(t, "axis", "T");
}

/** The openEO labels of calendar periods: the string variable `t_period` along `t`, a CF auxiliary coordinate. */
function writePeriods(file: File, periods: readonly string[]): void {
  const variable = file.create_dataset({ name: "t_period", data: [...periods], shape: [periods.length] });
  variable.attach_scale(0, "/t");
  text(variable, "long_name", "the openEO label of the period (aggregate_temporal_period)");
}

/** The dimensions of the bands' variables: `t` when the grid has dates, then `y` and `x` (pixel centres). */
function writeAxes(file: File, grid: GridSource): string[] {
  const [west, south, east, north] = grid.bbox;
  const geographic = grid.epsg === 4326;
  const timed = grid.dates.length > 0;
  if (timed) writeTime(file, grid.dates, 0);
  if (timed && grid.periods) writePeriods(file, grid.periods);
  const first = timed ? 1 : 0;
  const y = coordinate(file, "y", first, centres(grid.height, north, (south - north) / grid.height));
  const x = coordinate(file, "x", first + 1, centres(grid.width, west, (east - west) / grid.width));
  for (const [axis, variable, name] of [
    ["Y", y, "latitude"],
    ["X", x, "longitude"],
  ] as const) {
    text(variable, "axis", axis);
    text(variable, "standard_name", geographic ? name : `projection_${axis.toLowerCase()}_coordinate`);
    text(variable, "units", geographic ? `degrees_${axis === "Y" ? "north" : "east"}` : "m");
  }
  return timed ? ["/t", "/y", "/x"] : ["/y", "/x"];
}

/** The CF grid-mapping variable `crs`: a scalar whose attributes name the CRS, as GDAL and openEO back-ends write it. */
function writeCrs(file: File, epsg: number): void {
  const crs = file.create_dataset({ name: "crs", data: 0, shape: [], dtype: "<i" });
  if (epsg === 4326) {
    text(crs, "grid_mapping_name", "latitude_longitude");
    text(crs, "crs_wkt", WGS84_WKT);
    text(crs, "spatial_ref", WGS84_WKT);
  } else {
    text(crs, "spatial_ref", `EPSG:${epsg}`);
  }
  text(crs, "epsg_code", `EPSG:${epsg}`);
}

/** What h5wasm's `create_dataset` of its WebAssembly module takes to describe a dataset. */
type WriteMetadata = Parameters<typeof Module.create_dataset>[3];

/** The metadata h5wasm creates a dataset of little-endian 32-bit floats of `shape` with: contiguous, uncompressed. */
function float32Metadata(shape: readonly number[]): WriteMetadata {
  const dimensions = shape.map(BigInt);
  const metadata = { ...dtype_to_metadata("<f"), shape: dimensions, maxshape: dimensions, chunks: null };
  return Object.assign(metadata, { compression: 0, compression_opts: [], track_order: false });
}

/**
 * One variable per band, its values written by the grid straight into HDF5's memory (as h5wasm's
 * `create_dataset` does with a copy of a whole array), one band at a time through one buffer.
 */
function writeBands(file: File, grid: GridSource, scales: readonly string[]): void {
  const shape = [...(grid.dates.length > 0 ? [grid.dates.length] : []), grid.height, grid.width];
  const cells = shape.reduce((product, length) => product * length, 1);
  const pointer = Module._malloc(4 * cells);
  if (pointer === 0) {
    const reason = `a band of ${cells} cells does not fit in the memory of the HDF5 library (WebAssembly).`;
    throw formatUnsuitable("netCDF", reason);
  }
  try {
    grid.bandNames.forEach((band, b) => {
      grid.fillBand(b, new Float32Array(Module.HEAPU8.buffer, pointer, cells), 0);
      Module.create_dataset(file.file_id, `/${band}`, BigInt(pointer), float32Metadata(shape));
      const variable = file.get(band) as Dataset;
      scales.forEach((scale, dimension) => {
        variable.attach_scale(dimension, scale);
      });
      variable.create_attribute("_FillValue", Number.NaN, null, "<f");
      text(variable, "long_name", band);
      text(variable, "grid_mapping", "crs");
      if (grid.periods && grid.dates.length > 0) text(variable, "coordinates", "t_period");
    });
  } finally {
    Module._free(pointer);
  }
}

/** Room for the metadata of one variable besides its values (HDF5 headers, attributes, dimension lists). */
const METADATA_BYTES = 64 * 1024;

/** About the size of a grid's file, a little more: its values, coordinates and the metadata of each variable. */
function fileSize(grid: GridSource): number {
  const values = 4 * grid.bandNames.length * Math.max(1, grid.dates.length) * grid.height * grid.width;
  const coordinates = 8 * (grid.dates.length + grid.width + grid.height);
  return values + coordinates + METADATA_BYTES * (grid.bandNames.length + 4);
}

/**
 * Encodes a grid as netCDF-4 (HDF5) following the CF conventions, as openEO back-ends write it: one 32-bit float
 * variable per band (no-data as the `_FillValue` NaN) with dimensions (t, y, x), or (y, x) when the grid has no
 * dates; coordinate variables `t` (days since 1970-01-01; a calendar period's start; the labels as strings when one is no date), `y` and `x` (pixel centres,
 * in the grid's CRS); the periods' openEO labels as the string variable `t_period`, when `t` holds periods; a
 * `crs` grid-mapping variable. The bytes are the in-memory file's own storage, not a copy. Needs {@link loadNetCdf}
 * first.
 */
export function encodeNetCdf(grid: GridSource): Uint8Array<ArrayBuffer> {
  const file = new h5wasm.File(SCRATCH, "w", { track_order: true });
  let bytes: () => Uint8Array<ArrayBuffer>;
  try {
    bytes = reserveMemoryFile(SCRATCH, fileSize(grid));
    text(file, "Conventions", "CF-1.9");
    text(file, "title", "jobkit mock result");
    const scales = writeAxes(file, grid);
    writeCrs(file, grid.epsg);
    writeBands(file, grid, scales);
  } finally {
    file.close();
  }
  return bytes();
}

/** Loads the HDF5 library (WebAssembly); {@link encodeNetCdf} works once it resolved. */
export async function loadNetCdf(): Promise<void> {
  await h5wasm.ready;
}
