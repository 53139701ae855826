import { describe, expect, it } from "vitest";
import type { ProcessContext } from "../process-entry.js";
import { syntheticCube } from "./synthetic-cube.js";
import { gridAt, syntheticResolution } from "./synthetic-grid.js";
import { mix, seedOf } from "./synthetic-values.js";

const context: ProcessContext = { warn: () => undefined, maxCubeCells: 10_000 };
const area: [number, number, number, number] = [600_000, 5_600_000, 600_070, 5_600_050];
const grid = gridAt(area, syntheticResolution(area, 32631));
const spec = { source: "S2", dates: ["2023-01-01", "2023-01-06"], bands: ["B04", "B08"], grid, epsg: 32631 };
const [width, height] = [grid.xs.length, grid.ys.length];

/** The value of one cell, straight from the formula: its plane's seed, its global column and its global row. */
function expected(date: string, band: string, row: number, column: number): number {
  const seeded = mix(seedOf(`S2|${band}|${date}`) ^ mix(grid.column0 + column));
  return mix(seeded ^ mix(grid.row0 - row + 0x9e3779b9)) % 10000;
}

describe("syntheticCube", () => {
  it("holds each cell's value from its plane's seed, its column and its row, in [t, bands, y, x] order", () => {
    const cube = syntheticCube(spec, context);
    expect([cube.cellCount, width, height]).toEqual([2 * 2 * 7 * 5, 7, 5]);
    const want = spec.dates.flatMap((date) =>
      spec.bands.flatMap((band) =>
        Array.from({ length: height * width }, (_, i) =>
          expected(date, band, Math.floor(i / width), i % width),
        ),
      ),
    );
    expect([...cube.values]).toEqual(want);
  });

  it("copies any run of cells, across rows and planes, as its values hold them, before and after they are read", () => {
    const [start, length] = [width + 3, 2 * width * height + 4];
    const before = new Float32Array(length + 2);
    const unread = syntheticCube(spec, context);
    unread.copyCells(before, 2, start, length);
    const read = syntheticCube(spec, context);
    const want = [0, 0, ...read.values.subarray(start, start + length)];
    const after = new Float32Array(length + 2);
    read.copyCells(after, 2, start, length);
    expect([...before]).toEqual(want);
    expect([...after]).toEqual(want);
    expect([...unread.values]).toEqual([...read.values]);
  });
});
