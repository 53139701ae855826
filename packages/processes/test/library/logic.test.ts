import { describe, expect, it } from "vitest";
import { DataCube, LabeledArray } from "../../src/index.js";
import { entryOf, resultOf, runOne } from "./run-one.js";

describe("the logic processes", () => {
  it("refuse operands that are not booleans or no-data", () => {
    expect(() => resultOf("and", { x: 1, y: true })).toThrow(/and: argument 'x' must be a boolean/);
    expect(() => resultOf("if", { value: "yes", accept: 1 })).toThrow(/if: argument 'value'/);
    expect(() => resultOf("all", { data: [true, 1] })).toThrow(/all: argument 'data\[1\]'/);
    expect(() => resultOf("any", { data: true })).toThrow(/any: argument 'data' must be an array/);
  });

  it("reduce labeled arrays, as reduce_dimension hands them", () => {
    const labeled = new LabeledArray(["B1", "B2"], [true, null]);
    expect(resultOf("all", { data: labeled })).toBe(true);
    expect(resultOf("all", { data: labeled, ignore_nodata: false })).toBeNull();
    expect(resultOf("any", { data: new LabeledArray(["B1"], [false]) })).toBe(false);
  });

  it("reduce cube cells with reduceNumbers: NaN is no-data, zero false", () => {
    const cells = new Float64Array([1, Number.NaN, 2]);
    expect(entryOf("all").reduceNumbers?.(cells, { ignore_nodata: true })).toBe(1);
    expect(entryOf("all").reduceNumbers?.(cells, { ignore_nodata: false })).toBeNaN();
    expect(
      entryOf("any").reduceNumbers?.(new Float64Array([0, Number.NaN]), { ignore_nodata: false }),
    ).toBeNaN();
    expect(entryOf("any").reduceNumbers?.(new Float64Array([0, 0]), { ignore_nodata: true })).toBe(0);
  });

  it("inspect returns its data unchanged and logs warning and error messages only", () => {
    const cube = new DataCube(
      [{ name: "t", type: "temporal", labels: ["2020-01-01", "2020-01-02"] }],
      new Float64Array([1, 2]),
    );
    const warned = runOne("inspect", { data: cube, message: "look", level: "warning" });
    expect(warned.value).toBe(cube);
    expect(warned.warnings).toEqual(["inspect [User] warning: look (a data cube with dimensions t (2))"]);
    const quiet = runOne("inspect", { data: [1, 2], message: "look" });
    expect(quiet).toEqual({ value: [1, 2], warnings: [] });
    expect(runOne("inspect", { data: 3, level: "error", code: "c" }).warnings).toEqual([
      "inspect [c] error: (the number 3)",
    ]);
    expect(() => runOne("inspect", { data: 3, level: "fatal" })).toThrow(
      /inspect: argument 'level' must be one of/,
    );
  });
});
