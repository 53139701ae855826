import { lazyModule } from "../internal/lazy-module.js";

/**
 * The writers of every format but netCDF, loaded once per process: GeoTIFF (geotiff), PNG (fast-png), JPEG
 * (jpeg-js), CSV (csv-stringify), GeoJSON and GeoParquet (hyparquet-writer). The mock starts without them. Await
 * `rasterWriters.load()` before anything that may render results: starting, estimating or synchronously running a
 * job (a started job renders its files when it finishes, inside synchronous code).
 */
export const rasterWriters = lazyModule("The result writers", async () => {
  const [geoTiff, png, jpeg, csv, geoJson, geoParquet, extent] = await Promise.all([
    import("./outputs/geotiff.js"),
    import("./outputs/png.js"),
    import("./outputs/jpeg.js"),
    import("./outputs/csv.js"),
    import("./outputs/geojson.js"),
    import("./outputs/geoparquet.js"),
    import("./outputs/extent-means.js"),
  ]);
  return { geoTiff, png, jpeg, csv, geoJson, geoParquet, extent };
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
