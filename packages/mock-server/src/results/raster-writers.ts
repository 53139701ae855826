import { lazyModule } from "../internal/lazy-module.js";

/**
 * The GeoTIFF (geotiff) and PNG (fast-png) writers, loaded once per process: the mock starts without them. Await
 * `rasterWriters.load()` before anything that may render results: starting, estimating or synchronously running a
 * job (a started job renders its files when it finishes, inside synchronous code).
 */
export const rasterWriters = lazyModule("The raster writers", async () => {
  const [geoTiff, png] = await Promise.all([import("./outputs/geotiff.js"), import("./outputs/png.js")]);
  return { geoTiff, png };
});

/**
 * The netCDF writer (h5wasm, HDF5 in WebAssembly: about 40 MiB once loaded), loaded once per process at the first
 * process graph that saves netCDF: `parseJobBody` awaits it, so every job and sync run that writes netCDF has it.
 */
export const netCdfWriter = lazyModule("The netCDF writer", async () => {
  const netCdf = await import("./outputs/netcdf.js");
  await netCdf.loadNetCdf();
  return netCdf;
});
