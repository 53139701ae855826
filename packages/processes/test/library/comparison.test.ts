import { describe, expect, it } from "vitest";
import { DataCube, LabeledArray } from "../../src/index.js";
import { resultOf } from "./run-one.js";

describe("the comparison processes", () => {
  it("compare numbers within delta and strings case-blind only when asked", () => {
    expect(resultOf("eq", { x: 10, y: 10.5, delta: 0.5 })).toBe(true);
    expect(resultOf("eq", { x: 10, y: 10.6, delta: 0.5 })).toBe(false);
    expect(resultOf("eq", { x: "a", y: "A" })).toBe(false);
    expect(resultOf("neq", { x: "a", y: "A", case_sensitive: false })).toBe(false);
    expect(resultOf("eq", { x: "1", y: 1, delta: 1 })).toBe(false);
  });

  it("refuse a delta that is not positive, and operands outside the schema", () => {
    expect(() => resultOf("eq", { x: 1, y: 1, delta: 0 })).toThrow(
      /eq: argument 'delta' must be a positive number/,
    );
    expect(() => resultOf("gt", { x: [1], y: 0 })).toThrow(/gt: argument 'x'.*an array/);
  });

  it("order only numbers, and let gte and lte accept equal values of other types", () => {
    expect(resultOf("gte", { x: "b", y: "b" })).toBe(true);
    expect(resultOf("lte", { x: true, y: true })).toBe(true);
    expect(resultOf("gt", { x: "b", y: "a" })).toBe(false);
    expect(resultOf("lt", { x: 1, y: null })).toBeNull();
  });

  it("answer between with exclude_max and a swapped range", () => {
    expect(resultOf("between", { x: 5, min: 0, max: 5, exclude_max: true })).toBe(false);
    expect(resultOf("between", { x: 3, min: 5, max: 0 })).toBe(false);
    expect(resultOf("between", { x: Number.NaN, min: 0, max: 5 })).toBe(false);
    expect(() => resultOf("between", { x: 1, min: "0", max: 5 })).toThrow(/between: argument 'min'/);
  });

  it("check values of any type without failing", () => {
    const cube = new DataCube([], new Float64Array([Number.NaN]));
    const labeled = new LabeledArray(["a"], [null]);
    expect([cube, labeled, null, Number.NaN].map((x) => resultOf("is_valid", { x }))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([cube, Number.NaN, Number.NEGATIVE_INFINITY].map((x) => resultOf("is_infinite", { x }))).toEqual([
      false,
      false,
      true,
    ]);
    expect(resultOf("is_nan", { x: cube })).toBe(false);
    expect(resultOf("is_nodata", { x: Number.NaN })).toBe(false);
  });
});
