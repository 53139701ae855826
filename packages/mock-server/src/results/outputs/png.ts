import { encode } from "fast-png";
import { quicklookPixels } from "./quicklook-pixels.js";
import type { ResultGrid } from "./result-grid.js";

/**
 * Encodes an 8-bit RGB quicklook of the grid's first plane: the first three bands (or the first band as grey),
 * each stretched to 0–255; no-data is black.
 */
export function encodeQuicklook(grid: ResultGrid): Uint8Array<ArrayBuffer> {
  const { width, height } = grid;
  const data = quicklookPixels(grid, 3);
  return encode({ width, height, data, channels: 3, depth: 8 }) as Uint8Array<ArrayBuffer>;
}
