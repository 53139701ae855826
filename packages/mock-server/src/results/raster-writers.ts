import { lazyModule } from "../internal/lazy-module.js";

/**
 * The GeoTIFF (geotiff), PNG (fast-png) and netCDF (h5wasm) writers, loaded once per process: the mock starts without them. Await
 * `rasterWriters.load()` before anything that may render results: starting, estimating or synchronously running a
 * job (a started job renders its files when it finishes, inside synchronous code).
 */
export const rasterWriters = lazyModule("The raster writers", async () => {
  const [geoTiff, png, netCdf] = await Promise.all([
    import("./outputs/geotiff.js"),
    import("./outputs/png.js"),
    import("./outputs/netcdf.js"),
  ]);
  await netCdf.loadNetCdf();
  return { geoTiff, png, netCdf };
});
