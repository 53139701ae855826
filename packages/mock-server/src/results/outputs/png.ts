import { encode } from "fast-png";
import type { Raster } from "./raster.js";

/** Encodes an 8-bit RGB quicklook: the first three bands (or the first band as grey), stretched to 0–255. */
export function encodeQuicklook(raster: Raster): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = raster;
  const pick = [0, 1, 2].map((i) => bands[Math.min(i, bands.length - 1)] as Uint16Array);
  const stretch = pick.map((values) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, span: max - min || 1 };
  });
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) {
      const { min, span } = stretch[c] as { min: number; span: number };
      data[i * 3 + c] = Math.round((((pick[c] as Uint16Array)[i] as number) - min) * (255 / span));
    }
  }
  return encode({ width, height, data, channels: 3, depth: 8 }) as Uint8Array<ArrayBuffer>;
}
