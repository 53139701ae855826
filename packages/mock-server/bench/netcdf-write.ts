/**
 * Encoding a year of a 4-band 512×512 cube (73 dates, 5 days apart): one netCDF file (h5wasm) vs one GeoTIFF per
 * date (geotiff), as real back-ends write them. Interleaved rounds, best of BENCH_ROUNDS (default 3).
 * Run: npx tsx bench/netcdf-write.ts
 */
import { encodeGeoTiff } from "../src/results/outputs/geotiff.js";
import { encodeNetCdf, loadNetCdf } from "../src/results/outputs/netcdf.js";
import { gridAtDate, type ResultGrid, sourceOfGrid } from "../src/results/outputs/result-grid.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIDE = 512;
const BANDS = ["B02", "B03", "B04", "B08"];
const DAY_MS = 86_400_000;
const dates = Array.from({ length: 73 }, (_, i) =>
  new Date(Date.UTC(2024, 0, 1) + i * 5 * DAY_MS).toISOString(),
);
const cells = SIDE * SIDE;

/** Deterministic values that differ per band, date and pixel (no run of equal values to favour either writer). */
function values(band: number): Float32Array {
  const out = new Float32Array(cells * dates.length);
  for (let i = 0; i < out.length; i++) out[i] = (i * 2654435761 + band * 7919) % 10_000;
  return out;
}

const cube: ResultGrid = {
  width: SIDE,
  height: SIDE,
  epsg: 4326,
  bbox: [5, 51, 5.5, 51.5],
  bandNames: BANDS,
  dates,
  bands: BANDS.map((_, b) => values(b)),
};
const perDate = dates.map((_, t) => gridAtDate(cube, t));

function timed(encode: () => number): { ms: number; bytes: number } {
  const started = performance.now();
  const bytes = encode();
  return { ms: performance.now() - started, bytes };
}

await loadNetCdf();
const netCdf = () => encodeNetCdf(sourceOfGrid(cube)).byteLength;
const geoTiffs = () => perDate.reduce((sum, grid) => sum + encodeGeoTiff(grid).byteLength, 0);
const runs = {
  netCdf: [] as { ms: number; bytes: number }[],
  geoTiff: [] as { ms: number; bytes: number }[],
};
for (let i = 0; i < ROUNDS; i++) {
  runs.netCdf.push(timed(netCdf));
  runs.geoTiff.push(timed(geoTiffs));
}
const best = (list: { ms: number }[]) => Math.min(...list.map((r) => r.ms));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const [nc, tif] = [best(runs.netCdf), best(runs.geoTiff)];
console.log(
  `${dates.length} dates × ${BANDS.length} bands × ${SIDE}×${SIDE} float32, best of ${ROUNDS}, Node ${process.version}`,
);
console.log(`netCDF  1 file   ${mib(runs.netCdf[0]?.bytes ?? 0)} MiB  ${nc.toFixed(0)} ms`);
console.log(`GTiff  ${dates.length} files  ${mib(runs.geoTiff[0]?.bytes ?? 0)} MiB  ${tif.toFixed(0)} ms`);
console.log(`netCDF / GTiff time ${(nc / tif).toFixed(2)}×`);
