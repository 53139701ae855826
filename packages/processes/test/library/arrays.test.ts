import { describe, expect, it } from "vitest";
import { LabeledArray } from "../../src/index.js";
import { recordingCallback, thrownCode } from "./callback-helpers.js";
import { resultOf as run } from "./run-one.js";

const bands = () => new LabeledArray(["B01", "B02", "B03"], [4, -5, 6]);

describe("array callbacks", () => {
  it("array_apply hands x, index, label and context to the callback and keeps the labels", () => {
    const { callback, calls } = recordingCallback(({ x, context }) => (x as number) * (context as number));
    const result = run("array_apply", { data: bands(), process: callback, context: 10 });
    expect(result).toEqual(new LabeledArray(["B01", "B02", "B03"], [40, -50, 60]));
    expect(calls[1]).toEqual({ x: -5, index: 1, label: "B02", context: 10 });
  });

  it("array_apply gives a plain array a null label", () => {
    const { callback, calls } = recordingCallback(({ index }) => index as number);
    expect(run("array_apply", { data: ["a", "b"], process: callback })).toEqual([0, 1]);
    expect(calls[0]).toEqual({ x: "a", index: 0, label: null, context: null });
  });

  it("array_filter keeps the elements and labels for which the condition is exactly true", () => {
    const { callback } = recordingCallback(({ x }) => ((x as number) > 0 ? true : 1));
    expect(run("array_filter", { data: bands(), condition: callback })).toEqual(
      new LabeledArray(["B01", "B03"], [4, 6]),
    );
  });

  it("count calls the condition with x and context only", () => {
    const { callback, calls } = recordingCallback(({ x, context }) => (x as number) > (context as number));
    expect(run("count", { data: [0, 1, 2, 3], condition: callback, context: 1 })).toBe(2);
    expect(calls[0]).toEqual({ x: 0, context: 1 });
  });

  it("count counts valid elements by default and every element for true", () => {
    const data = [1, null, Number.NaN, Number.POSITIVE_INFINITY, "a", [null]];
    expect(run("count", { data })).toBe(3);
    expect(run("count", { data, condition: true })).toBe(6);
  });
});

describe("array_modify", () => {
  it("replaces elements of a labeled array with labeled values, even under a removed label", () => {
    const values = new LabeledArray(["B02"], [0]);
    expect(run("array_modify", { data: bands(), values, index: 1, length: 1 })).toEqual(
      new LabeledArray(["B01", "B02", "B03"], [4, 0, 6]),
    );
  });

  it("fails with ArrayLabelConflict when an inserted label stays in the array", () => {
    const values = new LabeledArray(["B03"], [0]);
    expect(thrownCode("array_modify", { data: bands(), values, index: 1, length: 1 })).toBe(
      "ArrayLabelConflict",
    );
  });

  it("drops the labels when only one non-empty array is labeled, and fails past the end", () => {
    expect(run("array_modify", { data: bands(), values: [7], index: 3 })).toEqual([4, -5, 6, 7]);
    expect(thrownCode("array_modify", { data: [1], values: [], index: 2 })).toBe("ArrayElementNotAvailable");
  });
});

describe("array ordering and interpolation", () => {
  it("sorts dates and date-times by instant, not by text", () => {
    const data = ["2020-01-02T00:30:00+01:00", "2020-01-01T23:45:00Z", "2020-01-01"];
    expect(run("order", { data })).toEqual([2, 0, 1]);
    expect(run("sort", { data, asc: false })).toEqual([data[1], data[0], data[2]]);
  });

  it("sorts infinities and treats NaN as no-data", () => {
    const data = [Number.POSITIVE_INFINITY, 1, Number.NaN, Number.NEGATIVE_INFINITY];
    expect(run("order", { data, nodata: false })).toEqual([2, 3, 1, 0]);
  });

  it("interpolates over the instants of date labels", () => {
    const data = new LabeledArray(["2020-01-01", "2020-01-02", "2020-01-05"], [0, null, 8]);
    expect(run("array_interpolate_linear", { data })).toEqual(new LabeledArray(data.labels, [0, 2, 8]));
  });

  it("refuses to build arrays beyond the length limit", () => {
    expect(thrownCode("array_create", { data: [1, 2], repeat: 6_000_000 })).toBe("ProcessParameterInvalid");
  });
});
