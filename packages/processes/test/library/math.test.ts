import { describe, expect, it } from "vitest";
import { DataCube, ProcessFailedError } from "../../src/index.js";
import { entryOf, resultOf } from "./run-one.js";

describe("the math processes", () => {
  it("refuse an argument of the wrong type with ProcessParameterInvalid, naming it", () => {
    const cube = new DataCube([], new Float64Array([1]));
    expect(() => resultOf("sqrt", { x: "4" })).toThrow(/sqrt: argument 'x' must be a number.*the string "4"/);
    expect(() => resultOf("add", { x: 1, y: true })).toThrow(/add: argument 'y'.*the boolean true/);
    expect(() => resultOf("sin", { x: cube })).toThrow(/a data cube\. To compute it for every pixel.*apply/);
    try {
      resultOf("power", { base: [2], p: 2 });
      expect.fail("power accepted an array");
    } catch (error) {
      expect(error).toBeInstanceOf(ProcessFailedError);
      expect(error).toMatchObject({ openeoCode: "ProcessParameterInvalid", status: 400 });
    }
  });

  it("throw MinMaxSwapped with the status of clip's definition", () => {
    expect(() => resultOf("clip", { x: 1, min: 2, max: 1 })).toThrow(
      expect.objectContaining({ openeoCode: "MinMaxSwapped", status: 400 }),
    );
  });

  it("follow IEEE 754 where JavaScript does not: pow(1, ∞) and pow(-1, ±∞) are 1", () => {
    expect(resultOf("power", { base: 1, p: Number.POSITIVE_INFINITY })).toBe(1);
    expect(resultOf("power", { base: -1, p: Number.NEGATIVE_INFINITY })).toBe(1);
    expect(resultOf("power", { base: 1, p: Number.NaN })).toBe(1);
  });

  it("give mod the sign of the divisor, and ±Infinity or NaN for a zero divisor", () => {
    expect(resultOf("mod", { x: -1, y: 3 })).toBe(2);
    expect(resultOf("mod", { x: 1, y: -3 })).toBe(-2);
    expect(resultOf("mod", { x: 5, y: 0 })).toBe(Number.POSITIVE_INFINITY);
    expect(resultOf("mod", { x: -5, y: 0 })).toBe(Number.NEGATIVE_INFINITY);
    expect(resultOf("mod", { x: 0, y: 0 })).toBeNaN();
  });

  it("round halves to even at any precision, and keep digits beyond the 15th", () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5].map((x) => resultOf("round", { x }))).toEqual([0, 2, 2, 0, -2]);
    expect(resultOf("round", { x: 2.675, p: 2 })).toBe(2.68);
    expect(resultOf("round", { x: 250, p: -2 })).toBe(200);
    expect(resultOf("round", { x: 1234567890123456.5 })).toBe(1234567890123456);
    expect(resultOf("round", { x: 0.4999999999999999 })).toBe(0);
    expect(() => resultOf("round", { x: 1, p: 0.5 })).toThrow(/argument 'p' must be an integer/);
  });

  it("offer mapNumber for unary processes, NaN in and out as no-data", () => {
    expect(entryOf("int").mapNumber?.(Number.NaN, {})).toBeNaN();
    expect(resultOf("int", { x: Number.NaN })).toBeNull();
    expect(entryOf("absolute").mapNumber?.(-3, {})).toBe(3);
    const scale = { inputMin: 0, inputMax: 10, outputMin: 0, outputMax: 100 };
    expect(entryOf("linear_scale_range").mapNumber?.(2.5, scale)).toBe(25);
    expect(entryOf("linear_scale_range").mapNumber?.(Number.NaN, scale)).toBeNaN();
    expect(entryOf("clip").mapNumber?.(7, { min: 0, max: 5 })).toBe(5);
    expect(entryOf("round").mapNumber?.(1.25, { p: 1 })).toBe(1.2);
    expect(entryOf("add").mapNumber).toBeUndefined();
  });

  it("return the constants and pass constant's argument through", () => {
    expect(resultOf("pi", {})).toBe(Math.PI);
    expect(resultOf("e", {})).toBe(Math.E);
    expect(resultOf("nan", {})).toBeNaN();
    expect(resultOf("constant", { x: { a: [1, null] } })).toEqual({ a: [1, null] });
  });
});
