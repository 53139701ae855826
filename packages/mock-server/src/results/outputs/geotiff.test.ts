import { fromArrayBuffer, writeArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { encodeGeoTiff } from "./geotiff.js";
import { synthesizeRaster } from "./raster.js";

/** geotiff.js's own write of the same raster from a Uint16Array (its per-sample path), as the reference. */
function referenceGeoTiff(bands: Uint16Array[], width: number, height: number): Uint8Array {
  const interleaved = new Uint16Array(width * height * bands.length);
  for (let i = 0; i < width * height; i++)
    bands.forEach((band, b) => {
      interleaved[i * bands.length + b] = band[i] as number;
    });
  const [west, south, east, north] = [5, 45, 6, 46];
  return new Uint8Array(
    writeArrayBuffer(interleaved, {
      width,
      height,
      SamplesPerPixel: bands.length,
      BitsPerSample: bands.map(() => 16),
      SampleFormat: bands.map(() => 1),
      PlanarConfiguration: 1,
      PhotometricInterpretation: 1,
      ...(bands.length > 1 ? { ExtraSamples: bands.slice(1).map(() => 0) } : {}),
      ModelPixelScale: [(east - west) / width, (north - south) / height, 0],
      ModelTiepoint: [0, 0, 0, west, north, 0],
      GTRasterTypeGeoKey: 1,
      GTModelTypeGeoKey: 2,
      GeographicTypeGeoKey: 4326,
    }),
  );
}

describe("encodeGeoTiff", () => {
  it.each([[["B04"]], [["B04", "B08"]], [["B02", "B03", "B04"]], [["B02", "B03", "B04", "B08"]]])(
    "writes the bytes geotiff.js writes from the samples (%j)",
    (bandNames) => {
      const raster = synthesizeRaster([5, 45, 6, 46], bandNames, 3);
      const encoded = encodeGeoTiff(raster, undefined);
      expect(encoded.byteLength).toBe(encoded.buffer.byteLength);
      expect(Buffer.from(encoded).equals(referenceGeoTiff(raster.bands, raster.width, raster.height))).toBe(
        true,
      );
    },
  );

  it("reads back the samples of every band", async () => {
    const raster = synthesizeRaster([5, 45, 6, 46], ["B04", "B08"], 9);
    const image = await (await fromArrayBuffer(encodeGeoTiff(raster, undefined).buffer)).getImage();
    const read = (await image.readRasters()) as unknown as Uint16Array[];
    expect(read.map((band) => Array.from(band))).toEqual(raster.bands.map((band) => Array.from(band)));
  });
});
