import { writeArrayBuffer } from "geotiff";
import type { NativeExtent } from "../../processes/crs.js";
import type { Raster } from "./raster.js";

/** The GeoKeys of a CRS: geographic (`GeographicTypeGeoKey`) or projected (`ProjectedCSTypeGeoKey`). */
function crsKeys(native: NativeExtent | undefined): Record<string, number> {
  if (!native) return { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 };
  return native.geographic
    ? { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: native.epsg }
    : { GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: native.epsg };
}

/**
 * Encodes a raster as a GeoTIFF georeferenced in the requested CRS (EPSG:4326 unless `native` names another):
 * ModelTiepoint at the north-west corner, ModelPixelScale from the extent, one 16-bit sample per band
 * (pixel-interleaved).
 */
export function encodeGeoTiff(raster: Raster, native: NativeExtent | undefined): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = raster;
  const [west, south, east, north] = native?.bbox ?? raster.bbox;
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
    GTRasterTypeGeoKey: 1,
    ...crsKeys(native),
  });
  return new Uint8Array(buffer);
}
