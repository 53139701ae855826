import { describe, expect, it } from "vitest";
import { DataCube, LabeledArray } from "../../src/index.js";
import { runScalar } from "./run-scalar.js";

const value = (id: string, args: Parameters<typeof runScalar>[1]) => runScalar(id, args).value;

describe("the comparison processes", () => {
  it("compare numbers within delta and strings case-blind only when asked", () => {
    expect(value("eq", { x: 10, y: 10.5, delta: 0.5 })).toBe(true);
    expect(value("eq", { x: 10, y: 10.6, delta: 0.5 })).toBe(false);
    expect(value("eq", { x: "a", y: "A" })).toBe(false);
    expect(value("neq", { x: "a", y: "A", case_sensitive: false })).toBe(false);
    expect(value("eq", { x: "1", y: 1, delta: 1 })).toBe(false);
  });

  it("refuse a delta that is not positive, and operands outside the schema", () => {
    expect(() => value("eq", { x: 1, y: 1, delta: 0 })).toThrow(
      /eq: argument 'delta' must be a positive number/,
    );
    expect(() => value("gt", { x: [1], y: 0 })).toThrow(/gt: argument 'x'.*an array/);
  });

  it("order only numbers, and let gte and lte accept equal values of other types", () => {
    expect(value("gte", { x: "b", y: "b" })).toBe(true);
    expect(value("lte", { x: true, y: true })).toBe(true);
    expect(value("gt", { x: "b", y: "a" })).toBe(false);
    expect(value("lt", { x: 1, y: null })).toBeNull();
  });

  it("answer between with exclude_max and a swapped range", () => {
    expect(value("between", { x: 5, min: 0, max: 5, exclude_max: true })).toBe(false);
    expect(value("between", { x: 3, min: 5, max: 0 })).toBe(false);
    expect(value("between", { x: Number.NaN, min: 0, max: 5 })).toBe(false);
    expect(() => value("between", { x: 1, min: "0", max: 5 })).toThrow(/between: argument 'min'/);
  });

  it("check values of any type without failing", () => {
    const cube = new DataCube([], new Float64Array([Number.NaN]));
    const labeled = new LabeledArray(["a"], [null]);
    expect([cube, labeled, null, Number.NaN].map((x) => value("is_valid", { x }))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([cube, Number.NaN, Number.NEGATIVE_INFINITY].map((x) => value("is_infinite", { x }))).toEqual([
      false,
      false,
      true,
    ]);
    expect(value("is_nan", { x: cube })).toBe(false);
    expect(value("is_nodata", { x: Number.NaN })).toBe(false);
  });
});
