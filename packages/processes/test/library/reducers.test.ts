import { describe, expect, it } from "vitest";
import { LabeledArray, type Value } from "../../src/index.js";
import { thrownCode } from "./callback-helpers.js";
import { entryOf, resultOf as run } from "./run-one.js";

const STATISTICS = ["max", "min", "mean", "median", "sd", "variance", "sum", "product"];
const NUMBER_REDUCERS = [...STATISTICS, "first", "last", "count"];

function reduceNumbers(id: string, values: number[], ignoreNodata = true, condition: Value = null): number {
  const reduce = entryOf(id).reduceNumbers;
  if (!reduce) throw new Error(`${id} has no reduceNumbers`);
  return reduce(Float64Array.from(values), { data: null, ignore_nodata: ignoreNodata, condition });
}

/** A reproducible list of numbers with some NaN (no-data in a cube). */
function sample(seed: number, length: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % 7 === 0 ? Number.NaN : (state % 1000) / 10 - 50;
  });
}

function sortedMedian(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

describe("reduceNumbers, the reducers' kernels over cube cells", () => {
  it("gives what run gives with NaN read as no-data, for every reducer and many lengths", () => {
    for (const id of NUMBER_REDUCERS) {
      for (const length of [1, 2, 3, 12, 17, 40, 101]) {
        const values = sample(length * 31 + id.length, length);
        const data = values.map((v) => (Number.isNaN(v) ? null : v));
        const expected = run(id, { data }) ?? Number.NaN;
        expect(reduceNumbers(id, values), `${id} over ${length}`).toBe(expected);
      }
    }
  });

  it("finds the median by selection as a full sort would, beyond the insertion-sort size", () => {
    for (const length of [18, 33, 64, 257]) {
      const values = sample(length, length);
      expect(reduceNumbers("median", values)).toBe(sortedMedian(values));
    }
  });

  it("first, last and count read no-data cells as their options say", () => {
    const cells = [Number.NaN, 2, Number.POSITIVE_INFINITY, Number.NaN];
    expect([reduceNumbers("first", cells), reduceNumbers("last", cells)]).toEqual([
      2,
      Number.POSITIVE_INFINITY,
    ]);
    expect(reduceNumbers("first", cells, false)).toBeNaN();
    expect([reduceNumbers("count", cells), reduceNumbers("count", cells, true, true)]).toEqual([1, 4]);
  });

  it("gives NaN for no-data with ignore_nodata false, and for cells without numbers", () => {
    for (const id of STATISTICS) {
      expect(reduceNumbers(id, [1, Number.NaN, 3], false)).toBeNaN();
      expect(reduceNumbers(id, [Number.NaN, Number.NaN])).toBeNaN();
    }
  });

  it("does not change the cells it reads", () => {
    const values = Float64Array.from([5, 1, 4, 2, 3]);
    const reduce = entryOf("median").reduceNumbers;
    expect(reduce?.(values, { ignore_nodata: true })).toBe(3);
    expect([...values]).toEqual([5, 1, 4, 2, 3]);
  });
});

describe("reducers over arrays", () => {
  it("read labeled arrays as well as plain ones", () => {
    expect(run("median", { data: new LabeledArray(["a", "b", "c"], [3, 1, 2]) })).toBe(2);
  });

  it("give NaN for NaN in the data, and no-data for no-data when ignore_nodata is false", () => {
    for (const id of STATISTICS) {
      expect(run(id, { data: [Number.NaN, 1, null] }), id).toBeNaN();
      expect(run(id, { data: [Number.NaN, 1, null], ignore_nodata: false }), id).toBeNull();
    }
    expect(run("extrema", { data: [1, Number.NaN] })).toEqual([Number.NaN, Number.NaN]);
    const quantiles = { data: [Number.NaN, 1, null], probabilities: [0.5] };
    expect(run("quantiles", { ...quantiles, ignore_nodata: false })).toEqual([null]);
  });

  it("give NaN for the sample variance of a single number", () => {
    expect(run("variance", { data: [4] })).toBeNaN();
  });

  it("refuse elements that are not numbers", () => {
    expect(thrownCode("sum", { data: [1, "2"] })).toBe("ProcessParameterInvalid");
  });

  it("quantiles needs exactly one of probabilities and q, and ascending probabilities", () => {
    expect(thrownCode("quantiles", { data: [1, 2] })).toBe("QuantilesParameterMissing");
    expect(thrownCode("quantiles", { data: [1, 2], probabilities: 2, q: 2 })).toBe(
      "QuantilesParameterConflict",
    );
    expect(thrownCode("quantiles", { data: [1, 2], probabilities: [0.5, 0.2] })).toBe(
      "AscendingProbabilitiesRequired",
    );
    expect(run("quantiles", { data: [4, 1, 3, 2], q: 3 })).toEqual([2, 3]);
  });

  it("cumulative processes keep no-data in place", () => {
    expect(run("cumsum", { data: [null, 1, 2] })).toEqual([null, 1, 3]);
    expect(run("cummin", { data: [3, null, 1], ignore_nodata: false })).toEqual([3, null, null]);
  });
});
