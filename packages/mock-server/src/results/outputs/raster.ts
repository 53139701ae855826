import { createRandom } from "../../internal/random.js";
import type { BBox } from "../../processes/bbox.js";

/** A small synthetic raster: one Uint16Array per band, row-major, north-up. */
export interface Raster {
  width: number;
  height: number;
  bbox: BBox;
  bandNames: string[];
  bands: Uint16Array[];
}

const MAX_SIDE = 256;

/** Makes deterministic pixel values for an extent: a smooth gradient per band plus seeded noise. */
export function synthesizeRaster(bbox: BBox, bandNames: string[], seed: number): Raster {
  const [west, south, east, north] = bbox;
  const aspect = (north - south) / (east - west);
  const width = aspect > 1 ? Math.max(1, Math.round(64 / aspect)) : 64;
  const height = Math.min(MAX_SIDE, Math.max(1, Math.round(width * aspect)));
  const random = createRandom(seed);
  const bands = bandNames.map((_, b) => {
    const values = new Uint16Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const gradient = ((x / width + y / height) / 2) * 3000;
        values[y * width + x] = Math.round(500 + b * 700 + gradient + random.next() * 200);
      }
    }
    return values;
  });
  return { width, height, bbox, bandNames, bands };
}

/** Per-band mean, used by the table and vector outputs. */
export function bandMeans(raster: Raster): number[] {
  return raster.bands.map((values) => {
    let sum = 0;
    for (const v of values) sum += v;
    return Math.round((sum / values.length) * 100) / 100;
  });
}
