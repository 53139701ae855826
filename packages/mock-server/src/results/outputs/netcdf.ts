import h5wasm, { type Dataset, type File, FS, type Group } from "h5wasm";
import type { NativeExtent } from "../../processes/crs.js";
import type { Raster } from "./raster.js";

/** A raster over dates: each band holds `dates.length × height × width` values, row-major (t, y, x), north-up. */
export interface DatedRaster extends Omit<Raster, "bands"> {
  /** The labels of the time dimension, `YYYY-MM-DD`. */
  dates: string[];
  bands: Uint16Array[];
}

/** The same raster at every date. */
export function overDates(raster: Raster, dates: string[]): DatedRaster {
  const cells = raster.width * raster.height;
  const bands = raster.bands.map((values) => {
    const series = new Uint16Array(cells * dates.length);
    for (let t = 0; t < dates.length; t++) series.set(values, t * cells);
    return series;
  });
  return { ...raster, dates, bands };
}

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

/** A dimension: a coordinate variable that is an HDF5 dimension scale with netCDF-4's dimension id. */
function coordinate(file: File, name: string, id: number, values: Float64Array | Int32Array): Dataset {
  const dtype = values instanceof Int32Array ? "<i" : "<d";
  const variable = file.create_dataset({ name, data: values, shape: [values.length], dtype });
  variable.make_scale(name);
  variable.create_attribute("_Netcdf4Dimid", id, null, "<i");
  return variable;
}

/** Pixel-centre coordinates from `start` (outer edge of the first pixel) in steps of `step`. */
function centres(count: number, start: number, step: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => start + (i + 0.5) * step);
}

function writeAxes(file: File, raster: DatedRaster, native: NativeExtent | undefined): void {
  const [west, south, east, north] = native?.bbox ?? raster.bbox;
  const geographic = native?.geographic ?? true;
  const days = Int32Array.from(raster.dates, (date) =>
    Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS),
  );
  const t = coordinate(file, "t", 0, days);
  text(t, "standard_name", "time");
  text(t, "long_name", "t");
  text(t, "units", "days since 1970-01-01");
  text(t, "calendar", "standard");
  text(t, "axis", "T");
  const y = coordinate(file, "y", 1, centres(raster.height, north, (south - north) / raster.height));
  const x = coordinate(file, "x", 2, centres(raster.width, west, (east - west) / raster.width));
  for (const [axis, variable, name] of [
    ["Y", y, "latitude"],
    ["X", x, "longitude"],
  ] as const) {
    text(variable, "axis", axis);
    text(variable, "standard_name", geographic ? name : `projection_${axis.toLowerCase()}_coordinate`);
    text(variable, "units", geographic ? `degrees_${axis === "Y" ? "north" : "east"}` : "m");
  }
}

/** The CF grid-mapping variable `crs`: a scalar whose attributes name the CRS, as GDAL and openEO back-ends write it. */
function writeCrs(file: File, native: NativeExtent | undefined): void {
  const crs = file.create_dataset({ name: "crs", data: 0, shape: [], dtype: "<i" });
  const epsg = native?.epsg ?? 4326;
  if (epsg === 4326) {
    text(crs, "grid_mapping_name", "latitude_longitude");
    text(crs, "crs_wkt", WGS84_WKT);
    text(crs, "spatial_ref", WGS84_WKT);
  } else {
    text(crs, "spatial_ref", `EPSG:${epsg}`);
  }
  text(crs, "epsg_code", `EPSG:${epsg}`);
}

function writeBands(file: File, raster: DatedRaster): void {
  const shape = [raster.dates.length, raster.height, raster.width];
  raster.bandNames.forEach((band, b) => {
    const variable = file.create_dataset({
      name: band,
      data: raster.bands[b] as Uint16Array,
      shape,
      dtype: "<H",
    });
    ["/t", "/y", "/x"].forEach((scale, dimension) => {
      variable.attach_scale(dimension, scale);
    });
    text(variable, "long_name", band);
    text(variable, "grid_mapping", "crs");
  });
}

/**
 * Encodes a raster over dates as netCDF-4 (HDF5) following the CF conventions, as openEO back-ends write it: one
 * variable per band with dimensions (t, y, x), coordinate variables `t` (days since 1970-01-01), `y` and `x` (pixel
 * centres, in the requested CRS), and a `crs` grid-mapping variable. Needs {@link loadNetCdf} first.
 */
export function encodeNetCdf(raster: DatedRaster, native: NativeExtent | undefined): Uint8Array<ArrayBuffer> {
  const file = new h5wasm.File(SCRATCH, "w", { track_order: true });
  try {
    text(file, "Conventions", "CF-1.9");
    text(file, "title", "jobkit mock result");
    writeAxes(file, raster, native);
    writeCrs(file, native);
    writeBands(file, raster);
  } finally {
    file.close();
  }
  const fs = FS as unknown as { readFile(path: string): Uint8Array; unlink(path: string): void };
  const bytes = fs.readFile(SCRATCH);
  fs.unlink(SCRATCH);
  return new Uint8Array(bytes);
}

/** Loads the HDF5 library (WebAssembly); {@link encodeNetCdf} works once it resolved. */
export async function loadNetCdf(): Promise<void> {
  await h5wasm.ready;
}
