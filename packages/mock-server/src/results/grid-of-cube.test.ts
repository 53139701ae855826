import { type CellSource, DataCube, type Dimension } from "@jobkit/processes";
import { beforeAll, describe, expect, it } from "vitest";
import { engine } from "../processes/compute-value.js";
import { gridOfCube, gridSourceOfCube, UNNAMED_BAND } from "./grid-of-cube.js";

const x: Dimension = {
  name: "x",
  type: "spatial",
  axis: "x",
  labels: [10, 20, 30],
  referenceSystem: "EPSG:32631",
  step: 10,
};
const y: Dimension = {
  name: "y",
  type: "spatial",
  axis: "y",
  labels: [105, 95],
  referenceSystem: "EPSG:32631",
  step: 10,
};
const t: Dimension = {
  name: "t",
  type: "temporal",
  labels: ["2021-01-01T00:00:00Z", "2021-01-06T00:00:00Z"],
};
const bands: Dimension = { name: "bands", type: "bands", labels: ["B04", "B08"] };

/** The value of a cell: 1000 × band + 100 × date + 10 × row (north first) + column (west first). */
const value = (b: number, d: number, row: number, column: number) => 1000 * b + 100 * d + 10 * row + column;

describe("gridOfCube", () => {
  beforeAll(async () => {
    await engine.load();
  });

  it("reads [t, bands, y, x] row by row, north-up, with its CRS and outer edges", () => {
    const values = new Float64Array(2 * 2 * 2 * 3);
    let i = 0;
    for (let d = 0; d < 2; d++)
      for (let b = 0; b < 2; b++)
        for (let row = 0; row < 2; row++)
          for (let column = 0; column < 3; column++) values[i++] = value(b, d, row, column);
    const grid = gridOfCube(new DataCube([t, bands, y, x], values), "GTiff");
    expect([grid.width, grid.height, grid.epsg, grid.bbox]).toEqual([3, 2, 32631, [5, 90, 35, 110]]);
    expect([grid.bandNames, grid.dates]).toEqual([["B04", "B08"], t.labels]);
    expect(Array.from(grid.bands[1] as Float32Array)).toEqual([
      1000, 1001, 1002, 1010, 1011, 1012, 1100, 1101, 1102, 1110, 1111, 1112,
    ]);
  });

  it("reorders any order of dimensions, south-up rows and east-to-west columns", () => {
    const flipped = [{ ...x, labels: [30, 20, 10] }, { ...y, labels: [95, 105] }, bands];
    const values = new Float64Array(3 * 2 * 2);
    let i = 0;
    for (let column = 2; column >= 0; column--)
      for (let row = 1; row >= 0; row--) for (let b = 0; b < 2; b++) values[i++] = value(b, 0, row, column);
    const grid = gridOfCube(new DataCube(flipped, values), "netCDF");
    expect([grid.dates, grid.bbox]).toEqual([[], [5, 90, 35, 110]]);
    expect(Array.from(grid.bands[0] as Float32Array)).toEqual([0, 1, 2, 10, 11, 12]);
  });

  it("names the one band of a cube without bands, and refuses cubes a raster format cannot hold", () => {
    expect(gridOfCube(new DataCube([y, x], new Float64Array(6)), "GTiff").bandNames).toEqual([UNNAMED_BAND]);
    const vector = new DataCube([{ name: "geometry", type: "geometry", labels: [0] }], Float64Array.of(1));
    expect(() => gridOfCube(vector, "GTiff")).toThrow(/cannot be saved as GTiff: it needs a raster cube/);
    const other = new DataCube([{ name: "z", type: "other", labels: [1] }, y, x], new Float64Array(6));
    expect(() => gridOfCube(other, "netCDF")).toThrow(/z \(other\)/);
    expect(() => gridOfCube(42, "PNG")).toThrow(/not a data cube/);
  });

  it("hands a writer a band plane by plane from the cube's source, without reading the whole cube", () => {
    const cells = 2 * 2 * 2 * 3;
    const asked: number[] = [];
    const source: CellSource = {
      length: cells,
      fill(out, offset, start, length) {
        asked.push(length);
        for (let i = 0; i < length; i++) out[offset + i] = start + i;
      },
    };
    const grid = gridSourceOfCube(new DataCube([t, bands, y, x], source), "netCDF");
    const band = new Float32Array(1 + 2 * 2 * 3);
    grid.fillBand(1, band, 1);
    expect(Array.from(band)).toEqual([0, 6, 7, 8, 9, 10, 11, 18, 19, 20, 21, 22, 23]);
    expect(asked).toEqual([6, 6]);
    const read = gridOfCube(
      new DataCube(
        [t, bands, y, x],
        Float64Array.from({ length: cells }, (_, i) => i),
      ),
      "GTiff",
    );
    expect(Array.from(band.subarray(1))).toEqual(Array.from(read.bands[1] as Float32Array));
  });
});
