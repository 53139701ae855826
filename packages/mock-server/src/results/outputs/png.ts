import { encode } from "fast-png";
import type { ResultGrid } from "./result-grid.js";

/** The smallest value and the span of a band's plane, no-data left out. */
function stretchOf(values: Float32Array): { min: number; span: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? { min, span: max - min || 1 } : { min: 0, span: 1 };
}

/**
 * Encodes an 8-bit RGB quicklook of the grid's first plane: the first three bands (or the first band as grey),
 * each stretched to 0–255; no-data is black.
 */
export function encodeQuicklook(grid: ResultGrid): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = grid;
  const cells = width * height;
  const pick = [0, 1, 2].map((i) =>
    (bands[Math.min(i, bands.length - 1)] as Float32Array).subarray(0, cells),
  );
  const stretch = pick.map(stretchOf);
  const data = new Uint8Array(cells * 3);
  for (let i = 0; i < cells; i++) {
    for (let c = 0; c < 3; c++) {
      const { min, span } = stretch[c] as { min: number; span: number };
      const value = (pick[c] as Float32Array)[i] as number;
      data[i * 3 + c] = Number.isNaN(value) ? 0 : Math.round((value - min) * (255 / span));
    }
  }
  return encode({ width, height, data, channels: 3, depth: 8 }) as Uint8Array<ArrayBuffer>;
}
