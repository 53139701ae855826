import { describe, expect, it } from "vitest";
import { assertCubeCells, cellCount, cellOffset, requireDimension, stridesOf } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";

const t: Dimension = { name: "t", type: "temporal", labels: ["2020-01-01", "2020-01-02"] };
const x: Dimension = { name: "x", type: "spatial", axis: "x", labels: [1, 2, 3] };

describe("cube index helpers", () => {
  it("computes row-major strides and offsets", () => {
    expect(stridesOf([2, 3, 4])).toEqual([12, 4, 1]);
    expect(cellOffset(stridesOf([2, 3, 4]), [1, 2, 3])).toBe(23);
    expect(cellCount([t, x])).toBe(6);
  });

  it("names the missing dimension with DimensionNotAvailable", () => {
    const cube = new DataCube([t, x], new Float64Array(6));
    expect(requireDimension(cube, "x")).toBe(1);
    expect(() => requireDimension(cube, "bands")).toThrow(/no dimension 'bands' \(it has: t, x\)/);
  });

  it("refuses more cells than the context allows with CubeTooLarge", () => {
    const warn = () => {};
    expect(() => assertCubeCells(10, { warn, maxCubeCells: 10 })).not.toThrow();
    expect(() => assertCubeCells(11, { warn, maxCubeCells: 10 })).toThrow(
      expect.objectContaining({ openeoCode: "CubeTooLarge", status: 400 }),
    );
  });

  it("by default holds a year of 4 bands over 256 × 256 pixels (19.1 M cells), and refuses past 20 Mi cells", () => {
    const warn = () => {};
    expect(() => assertCubeCells(73 * 4 * 256 * 256, { warn })).not.toThrow();
    expect(() => assertCubeCells(20 * 2 ** 20, { warn })).not.toThrow();
    expect(() => assertCubeCells(20 * 2 ** 20 + 1, { warn })).toThrow(/more than the limit of 20971520/);
  });
});
