import { writeArrayBuffer } from "geotiff";
import type { ResultGrid } from "./result-grid.js";

/** Bytes per sample: the mock writes 32-bit float samples (no-data as NaN). */
const SAMPLE_BYTES = 4;
/** What geotiff.js writes after its header for one placeholder value of a plain array: 8 bytes. */
const PLACEHOLDER_BYTES = 8;

/** The GeoKeys of a CRS: geographic for EPSG:4326, projected for the others the engine grids in. */
function crsKeys(epsg: number): Record<string, number> {
  return epsg === 4326
    ? { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 }
    : { GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: epsg };
}

/** The header (IFD and tags) geotiff.js writes for the grid: one strip of big-endian float samples after it. */
function header(grid: ResultGrid, stripBytes: number): Uint8Array {
  const { width, height, bands } = grid;
  const [west, south, east, north] = grid.bbox;
  const samples = bands.length;
  const written = writeArrayBuffer([0], {
    width,
    height,
    SamplesPerPixel: samples,
    BitsPerSample: bands.map(() => 8 * SAMPLE_BYTES),
    SampleFormat: bands.map(() => 3),
    PlanarConfiguration: 1,
    PhotometricInterpretation: 1,
    StripByteCounts: [stripBytes],
    ...(samples > 1 ? { ExtraSamples: Array.from({ length: samples - 1 }, () => 0) } : {}),
    ModelPixelScale: [(east - west) / width, (north - south) / height, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GDAL_NODATA: "nan",
    GTRasterTypeGeoKey: 1,
    ...crsKeys(grid.epsg),
  });
  return new Uint8Array(written, 0, written.byteLength - PLACEHOLDER_BYTES);
}

/**
 * Encodes the first plane of a grid (split a grid over dates with `gridAtDate` first) as a GeoTIFF
 * georeferenced in the grid's CRS: ModelTiepoint at the north-west corner, ModelPixelScale from the extent, one
 * 32-bit float sample per band (pixel-interleaved, big-endian like the rest of the file), NaN as no-data, one
 * strip. geotiff.js writes the header; the strip is written here, as its per-sample path allocates a buffer per
 * value.
 */
export function encodeGeoTiff(grid: ResultGrid): Uint8Array<ArrayBuffer> {
  const { width, height, bands } = grid;
  const cells = width * height;
  const strip = cells * bands.length * SAMPLE_BYTES;
  const head = header(grid, strip);
  const bytes = new Uint8Array(head.byteLength + strip);
  bytes.set(head);
  const view = new DataView(bytes.buffer, head.byteLength);
  const pixelBytes = bands.length * SAMPLE_BYTES;
  bands.forEach((band, b) => {
    for (let i = 0, offset = b * SAMPLE_BYTES; i < cells; i++, offset += pixelBytes)
      view.setFloat32(offset, band[i] as number, false);
  });
  return bytes;
}
