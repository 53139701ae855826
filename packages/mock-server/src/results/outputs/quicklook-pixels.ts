import type { ResultGrid } from "./result-grid.js";

/** The lowest and highest value of a band, no-data (`NaN`) left out; span 1 when flat or empty. */
function stretchOf(values: ArrayLike<number>): { min: number; span: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, span: max - min || 1 };
}

/**
 * The 8-bit pixels of a quicklook of the grid's first plane: the first three bands as red, green and blue (the last
 * one repeated when fewer), each stretched from its own minimum and maximum to 0–255; no-data (`NaN`) black.
 * `channels` 4 adds an opaque alpha.
 */
export function quicklookPixels(grid: ResultGrid, channels: 3 | 4): Uint8Array<ArrayBuffer> {
  const pixels = grid.width * grid.height;
  const pick = [0, 1, 2].map((i) =>
    (grid.bands[Math.min(i, grid.bands.length - 1)] as Float32Array).subarray(0, pixels),
  );
  const stretch = pick.map(stretchOf);
  const data = new Uint8Array(pixels * channels);
  for (let i = 0; i < pixels; i++) {
    for (let c = 0; c < 3; c++) {
      const { min, span } = stretch[c] as { min: number; span: number };
      const value = ((pick[c] as Float32Array)[i] as number) - min;
      data[i * channels + c] = Number.isNaN(value) ? 0 : Math.round(value * (255 / span));
    }
    if (channels === 4) data[i * 4 + 3] = 255;
  }
  return data;
}
