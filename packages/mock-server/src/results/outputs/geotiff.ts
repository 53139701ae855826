import { writeArrayBuffer } from "geotiff";
import type { NativeExtent } from "../../processes/crs.js";
import type { Raster } from "./raster.js";

/** Bytes per sample: the mock writes 16-bit unsigned samples. */
const SAMPLE_BYTES = 2;

/** The GeoKeys of a CRS: geographic (`GeographicTypeGeoKey`) or projected (`ProjectedCSTypeGeoKey`). */
function crsKeys(native: NativeExtent | undefined): Record<string, number> {
  if (!native) return { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 };
  return native.geographic
    ? { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: native.epsg }
    : { GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: native.epsg };
}

/**
 * The raster's samples as big-endian bytes, pixel-interleaved. geotiff.js copies an array of a type it does not
 * know (neither a plain array nor a Uint8ClampedArray is in its type map) value by value into one byte each; its
 * typed-array path allocates a buffer per sample (~40 ms for a 64×64×2 raster). A Uint8ClampedArray fills ~6×
 * faster than a plain array grows.
 */
function stripBytes(raster: Raster): Uint8ClampedArray {
  const { width, height, bands } = raster;
  const bytes = new Uint8ClampedArray(width * height * bands.length * SAMPLE_BYTES);
  let offset = 0;
  for (let i = 0; i < width * height; i++) {
    for (const band of bands) {
      const value = band[i] as number;
      bytes[offset++] = value >> 8;
      bytes[offset++] = value & 0xff;
    }
  }
  return bytes;
}

/**
 * Encodes a raster as a GeoTIFF georeferenced in the requested CRS (EPSG:4326 unless `native` names another):
 * ModelTiepoint at the north-west corner, ModelPixelScale from the extent, one 16-bit sample per band
 * (pixel-interleaved, big-endian like the rest of the file), one strip.
 */
export function encodeGeoTiff(raster: Raster, native: NativeExtent | undefined): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = raster;
  const [west, south, east, north] = native?.bbox ?? raster.bbox;
  const samples = bands.length;
  const bytes = stripBytes(raster);
  // typed as a plain array: geotiff.js reads it as one (see stripBytes)
  const written = writeArrayBuffer(bytes as unknown as number[], {
    width,
    height,
    SamplesPerPixel: samples,
    BitsPerSample: bands.map(() => 8 * SAMPLE_BYTES),
    SampleFormat: bands.map(() => 1),
    PlanarConfiguration: 1,
    PhotometricInterpretation: 1,
    StripByteCounts: [bytes.length],
    ...(samples > 1 ? { ExtraSamples: Array.from({ length: samples - 1 }, () => 0) } : {}),
    ModelPixelScale: [(east - west) / width, (north - south) / height, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GTRasterTypeGeoKey: 1,
    ...crsKeys(native),
  });
  // geotiff.js sizes such an array's strip at 8 bytes a value (its Float64 default) but writes 1: cut the rest.
  return new Uint8Array(written.slice(0, written.byteLength - 7 * bytes.length));
}
