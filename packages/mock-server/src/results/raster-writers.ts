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
