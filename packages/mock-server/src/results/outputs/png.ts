import { encode } from "fast-png";
import { quicklookPixels } from "./quicklook-pixels.js";
import type { Raster } from "./raster.js";

/** Encodes an 8-bit RGB quicklook: the first three bands (or the first band as grey), stretched to 0–255. */
export function encodeQuicklook(raster: Raster): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = raster;
  const data = quicklookPixels(bands, width * height, 3);
  return encode({ width, height, data, channels: 3, depth: 8 }) as Uint8Array<ArrayBuffer>;
}
