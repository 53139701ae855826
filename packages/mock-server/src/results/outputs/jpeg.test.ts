import { DataCube } from "@jobkit/processes";
import { decode } from "jpeg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { rasterCube, timeSeriesCube } from "../../../test/engine-cubes.js";
import { engine } from "../../processes/compute-value.js";
import { gridOfCube } from "../grid-of-cube.js";
import { encodeJpeg as encodeGrid } from "./jpeg.js";
import { gridAtDate } from "./result-grid.js";

beforeAll(() => engine.load());

/** The JPEG of a saved cube, as the mock writes it: the first date of the cube's grid. */
const encodeJpeg = (cube: DataCube, options: Record<string, unknown>) =>
  encodeGrid(gridAtDate(gridOfCube(cube, "JPEG"), 0), options);

/** Band `b` of the first date of a `(t, bands, y, x)` cube, stretched from its min–max to 0–255 (the quicklook rule). */
function stretched(cube: DataCube, b: number): number[] {
  const [, , height, width] = cube.dimensions.map((dimension) => dimension.labels.length) as number[];
  const plane = Array.from(
    cube.values
      .subarray(b * (height as number) * (width as number))
      .subarray(0, (height as number) * (width as number)),
  );
  const [min, max] = [Math.min(...plane), Math.max(...plane)];
  return plane.map((v) => ((v - min) * 255) / (max - min));
}

/** The mean absolute difference between a decoded channel and the expected values. */
function meanError(rgba: Uint8Array, channel: number, expected: number[]): number {
  return (
    expected.reduce((sum, value, i) => sum + Math.abs((rgba[i * 4 + channel] as number) - value), 0) /
    expected.length
  );
}

describe("encodeJpeg", () => {
  it("draws the first three bands of the first date as red, green and blue, north up", () => {
    const cube = rasterCube(["B04", "B08", "B11"]);
    const image = decode(encodeJpeg(cube, { quality: 100 }), { useTArray: true });
    expect([image.width, image.height]).toEqual([
      cube.dimensions[3]?.labels.length,
      cube.dimensions[2]?.labels.length,
    ]);
    for (const b of [0, 1, 2]) expect(meanError(image.data, b, stretched(cube, b))).toBeLessThan(3);
    const flipped = new DataCube(
      cube.dimensions.map((dimension) =>
        dimension.name === "y" ? { ...dimension, labels: [...dimension.labels].reverse() } : dimension,
      ),
      cube.values,
    );
    const upsideDown = decode(encodeJpeg(flipped, { quality: 100 }), { useTArray: true });
    const rows = stretched(cube, 0);
    const width = image.width;
    const reversedRows = Array.from({ length: image.height }, (_, r) =>
      rows.slice((image.height - 1 - r) * width, (image.height - r) * width),
    ).flat();
    expect(meanError(upsideDown.data, 0, reversedRows)).toBeLessThan(3);
  });

  it("honours quality: a lower quality gives a smaller file", () => {
    const cube = rasterCube(["B04", "B08", "B11"]);
    expect(encodeJpeg(cube, { quality: 20 }).byteLength).toBeLessThan(encodeJpeg(cube, {}).byteLength);
    expect(encodeJpeg(cube, {}).byteLength).toBeLessThan(encodeJpeg(cube, { quality: 100 }).byteLength);
  });

  it("refuses a vector cube (FormatUnsuitable) and a quality outside 1–100", () => {
    expect(() => encodeJpeg(timeSeriesCube(), {})).toThrow(
      expect.objectContaining({ code: "FormatUnsuitable" }),
    );
    for (const quality of [0, 101, 50.5, "high"]) {
      expect(() => encodeJpeg(rasterCube(), { quality })).toThrow(
        expect.objectContaining({ code: "ProcessParameterInvalid" }),
      );
    }
  });
});
