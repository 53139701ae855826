import { OpenEOError } from "../internal/openeo-error.js";

type GeoTiffWriter = typeof import("./outputs/geotiff.js");
type PngWriter = typeof import("./outputs/png.js");

let writers: { geoTiff: GeoTiffWriter; png: PngWriter } | undefined;
let loading: Promise<void> | undefined;

async function load(): Promise<void> {
  const [geoTiff, png] = await Promise.all([import("./outputs/geotiff.js"), import("./outputs/png.js")]);
  writers = { geoTiff, png };
}

/**
 * Loads the GeoTIFF (geotiff) and PNG (fast-png) writers, once per process: the mock starts without them. Await
 * it before anything that may render results: starting, estimating or synchronously running a job (a started
 * job renders its files when it finishes, inside synchronous code).
 */
export async function loadRasterWriters(): Promise<void> {
  loading ??= load();
  await loading;
}

function loaded(): NonNullable<typeof writers> {
  if (writers) return writers;
  throw new OpenEOError("Internal", "A raster writer was asked for before it was loaded.");
}

/** The GeoTIFF writer, once {@link loadRasterWriters} ran. */
export function geoTiffWriter(): GeoTiffWriter {
  return loaded().geoTiff;
}

/** The PNG writer, once {@link loadRasterWriters} ran. */
export function pngWriter(): PngWriter {
  return loaded().png;
}
