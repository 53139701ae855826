import { encode } from "jpeg-js";
import { jpegQuality } from "./format-options.js";
import { quicklookPixels } from "./quicklook-pixels.js";
import type { ResultGrid } from "./result-grid.js";

/**
 * Writes the grid's first plane as a JPEG quicklook (by jpeg-js), the same picture as the PNG quicklook: the
 * first three bands as red, green and blue, each stretched to 0–255, no-data black. Honours `quality` (1–100,
 * default `DEFAULT_JPEG_QUALITY`); a bad one is `ProcessParameterInvalid`.
 */
export function encodeJpeg(
  grid: ResultGrid,
  options: Readonly<Record<string, unknown>>,
): Uint8Array<ArrayBuffer> {
  const quality = jpegQuality(options);
  const { width, height } = grid;
  const data = quicklookPixels(grid, 4);
  const { data: bytes } = encode({ width, height, data }, quality);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
}
