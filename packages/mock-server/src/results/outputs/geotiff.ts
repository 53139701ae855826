import { writeArrayBuffer } from "geotiff";
import type { Raster } from "./raster.js";

/**
 * Encodes a raster as a GeoTIFF georeferenced in EPSG:4326: ModelTiepoint at the north-west corner,
 * ModelPixelScale from the extent, one 16-bit sample per band (pixel-interleaved).
 */
export function encodeGeoTiff(raster: Raster): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = raster;
  const [west, south, east, north] = raster.bbox;
  const samples = bands.length;
  const interleaved = new Uint16Array(width * height * samples);
  for (let i = 0; i < width * height; i++) {
    for (let b = 0; b < samples; b++) interleaved[i * samples + b] = (bands[b] as Uint16Array)[i] as number;
  }
  const buffer = writeArrayBuffer(interleaved, {
    width,
    height,
    SamplesPerPixel: samples,
    BitsPerSample: bands.map(() => 16),
    SampleFormat: bands.map(() => 1),
    PlanarConfiguration: 1,
    PhotometricInterpretation: 1,
    ...(samples > 1 ? { ExtraSamples: Array.from({ length: samples - 1 }, () => 0) } : {}),
    ModelPixelScale: [(east - west) / width, (north - south) / height, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GTModelTypeGeoKey: 2,
    GTRasterTypeGeoKey: 1,
    GeographicTypeGeoKey: 4326,
  });
  return new Uint8Array(buffer);
}
