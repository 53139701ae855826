import { fromArrayBuffer, writeArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { encodeGeoTiff } from "./geotiff.js";
import type { ResultGrid } from "./result-grid.js";

/** A 5×3 grid over [5, 45, 6, 46] in WGS84 with distinct values per band and pixel, one no-data cell. */
function grid(bandNames: string[]): ResultGrid {
  const bands = bandNames.map((_, b) => Float32Array.from({ length: 15 }, (_, i) => b * 100 + i + 0.5));
  (bands[0] as Float32Array)[7] = Number.NaN;
  return { width: 5, height: 3, epsg: 4326, bbox: [5, 45, 6, 46], bandNames, dates: [], bands };
}

/** geotiff.js's own write of the same samples from a Float32Array (its per-sample path), as the reference. */
function referenceGeoTiff({ bands, width, height }: ResultGrid): Uint8Array {
  const interleaved = new Float32Array(width * height * bands.length);
  for (let i = 0; i < width * height; i++)
    bands.forEach((band, b) => {
      interleaved[i * bands.length + b] = band[i] as number;
    });
  return new Uint8Array(
    writeArrayBuffer(interleaved, {
      width,
      height,
      SamplesPerPixel: bands.length,
      BitsPerSample: bands.map(() => 32),
      SampleFormat: bands.map(() => 3),
      PlanarConfiguration: 1,
      PhotometricInterpretation: 1,
      StripByteCounts: [interleaved.byteLength],
      ...(bands.length > 1 ? { ExtraSamples: bands.slice(1).map(() => 0) } : {}),
      ModelPixelScale: [1 / width, 1 / height, 0],
      ModelTiepoint: [0, 0, 0, 5, 46, 0],
      GDAL_NODATA: "nan",
      GTRasterTypeGeoKey: 1,
      GTModelTypeGeoKey: 2,
      GeographicTypeGeoKey: 4326,
    }),
  );
}

describe("encodeGeoTiff", () => {
  it.each([[["B04"]], [["B04", "B08"]], [["B02", "B03", "B04"]], [["B02", "B03", "B04", "B08"]]])(
    "writes the bytes geotiff.js writes from the float samples (%j)",
    (bandNames) => {
      const encoded = encodeGeoTiff(grid(bandNames));
      expect(encoded.byteLength).toBe(encoded.buffer.byteLength);
      expect(Buffer.from(encoded).equals(referenceGeoTiff(grid(bandNames)))).toBe(true);
    },
  );

  it("reads back the samples of every band, no-data as NaN, and the georeference", async () => {
    const written = grid(["B04", "B08"]);
    const image = await (await fromArrayBuffer(encodeGeoTiff(written).buffer)).getImage();
    const read = (await image.readRasters()) as unknown as Float32Array[];
    expect(read.map((band) => Array.from(band))).toEqual(written.bands.map((band) => Array.from(band)));
    expect(image.getBoundingBox()).toEqual([5, 45, 6, 46]);
    expect(image.getGDALNoData()).toBeNaN();
  });

  it("names a projected CRS in its GeoKeys", async () => {
    const projected = { ...grid(["B04"]), epsg: 32631, bbox: [600000, 5540000, 600050, 5540030] as const };
    const image = await (
      await fromArrayBuffer(encodeGeoTiff({ ...projected, bbox: [...projected.bbox] }).buffer)
    ).getImage();
    expect(image.getGeoKeys()).toMatchObject({ ProjectedCSTypeGeoKey: 32631, GTModelTypeGeoKey: 1 });
  });
});
