import { describe, expect, it } from "vitest";
import {
  type DataCube,
  type Dimension,
  defineProcess,
  evaluateGraph,
  type LabeledArray,
} from "../src/index.js";
import { cubeOf, oneNode, registryWith, runOn, X } from "./cube-callbacks-helpers.js";

/** A test `count` that records the labels it gets and counts them. */
const seen: (string | number)[][] = [];
const registry = registryWith(
  defineProcess({
    id: "count",
    summary: "test count: records the labels it gets",
    fidelity: "exact",
    run: ({ data }) => {
      seen.push([...(data as LabeledArray).labels]);
      return (data as LabeledArray).values.length;
    },
  }),
);
const reducer = oneNode("count", { data: { from_parameter: "data" } });

function timeCube(dates: string[]): DataCube {
  const t: Dimension = { name: "t", type: "temporal", labels: dates };
  return cubeOf(
    [t, { ...X, labels: [0] }],
    dates.map((_, k) => k),
  );
}

function aggregate(
  dates: string[],
  args: Record<string, unknown>,
  processId = "aggregate_temporal",
): DataCube {
  seen.length = 0;
  return runOn(registry, processId, timeCube(dates), { reducer, ...args }) as DataCube;
}

describe("aggregate_temporal", () => {
  it("reduces the dates of each left-closed interval, labeled with the given labels", () => {
    const dates = ["2020-01-01T00:00:00Z", "2020-01-07T00:00:00Z", "2020-01-08T12:00:00Z"];
    const result = aggregate(dates, {
      intervals: [
        ["2020-01-01", "2020-01-07"],
        ["2020-01-07", "2020-02-01"],
        ["2020-03-01", "2020-04-01"],
      ],
      labels: ["a", "b", "c"],
    });
    expect(result.dimensions[0]?.labels).toEqual(["a", "b", "c"]);
    expect([...result.values]).toEqual([1, 2, 0]);
    expect(seen).toEqual([[dates[0]], [dates[1], dates[2]], []]);
  });

  it("labels with the starts by default, and lets a time-of-day interval wrap past midnight", () => {
    const dates = ["2020-01-01T23:00:00Z", "2020-01-02T01:00:00Z", "2020-01-02T12:00:00Z"];
    const result = aggregate(dates, {
      intervals: [
        ["06:00:00", "18:00:00"],
        ["18:00:00", "06:00:00"],
      ],
    });
    expect(result.dimensions[0]?.labels).toEqual(["06:00:00", "18:00:00"]);
    expect([...result.values]).toEqual([1, 2]);
  });

  it.each([
    [{ intervals: [["2020-02-01", "2020-01-01"]] }, "TemporalExtentEmpty"],
    [
      {
        intervals: [
          ["2020-01-01", "2020-02-01"],
          ["2020-01-01", "2020-03-01"],
        ],
      },
      "DistinctDimensionLabelsRequired",
    ],
    [{ intervals: [["2020-01-01", "2020-02-01"]], dimension: "time" }, "DimensionNotAvailable"],
  ])("refuses %j with %s", (args, code) => {
    expect(() => aggregate(["2020-01-01"], args)).toThrow(expect.objectContaining({ openeoCode: code }));
  });
});

describe("aggregate_temporal_period", () => {
  it.each([
    [
      "hour",
      ["2020-06-01T00:30:00Z", "2020-06-01T02:00:00Z"],
      ["2020-06-01-00", "2020-06-01-01", "2020-06-01-02"],
      [1, 0, 1],
    ],
    ["day", ["2020-06-01T12:00:00Z", "2020-06-02T00:00:00Z"], ["2020-153", "2020-154"], [1, 1]],
    ["week", ["2022-12-18T23:59:59Z", "2023-01-01T12:00:00Z"], ["2022-50", "2022-51", "2022-52"], [1, 0, 1]],
    ["dekad", ["2024-01-31T00:00:00Z", "2024-02-11T00:00:00Z"], ["2024-03", "2024-04", "2024-05"], [1, 0, 1]],
    [
      "season",
      ["2023-12-28T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z"],
      ["2023-djf", "2024-mam"],
      [2, 1],
    ],
    [
      "tropical-season",
      ["2023-11-01T00:00:00Z", "2024-05-01T00:00:00Z"],
      ["2023-ndjfma", "2024-mjjaso"],
      [1, 1],
    ],
    ["decade", ["2019-12-31T00:00:00Z", "2020-01-01T00:00:00Z"], ["2010", "2020"], [1, 1]],
    ["decade-ad", ["2020-12-31T00:00:00Z", "2021-01-01T00:00:00Z"], ["2011", "2021"], [1, 1]],
  ])("%s: labels complete over the span %j", (period, dates, labels, counts) => {
    const result = aggregate(dates, { period }, "aggregate_temporal_period");
    expect(result.dimensions[0]?.labels).toEqual(labels);
    expect([...result.values]).toEqual(counts);
  });

  it("records the period on the dimension, and aggregate_temporal's own labels drop it again", () => {
    const dates = ["2020-06-01T00:00:00Z", "2020-07-01T00:00:00Z"];
    const monthly = aggregate(dates, { period: "month" }, "aggregate_temporal_period");
    expect(monthly.dimensions[0]?.period).toBe("month");
    const intervals = [["2020-06-01", "2020-08-01"]];
    const relabeled = runOn(registry, "aggregate_temporal", monthly, {
      reducer,
      intervals,
      labels: ["summer"],
    });
    expect((relabeled as DataCube).dimensions[0]).not.toHaveProperty("period");
  });

  it("needs the dimension when the cube has two temporal ones", () => {
    const t2: Dimension = { name: "t2", type: "temporal", labels: ["2020-01-01"] };
    const cube = cubeOf([t2, { name: "t", type: "temporal", labels: ["2020-01-01"] }], [1]);
    const run = () => runOn(registry, "aggregate_temporal_period", cube, { reducer, period: "year" });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "TooManyDimensions" }));
  });
});

describe("the cube-size limit", () => {
  it("refuses hourly periods over twenty years with CubeTooLarge before building them", () => {
    const cube = timeCube(["2000-01-01T00:00:00Z", "2020-01-01T00:00:00Z"]);
    const graph = {
      node: {
        process_id: "aggregate_temporal_period",
        arguments: { data: { from_parameter: "cube" }, period: "hour", reducer },
        result: true,
      },
    };
    const context = { warn: () => {}, maxCubeCells: 100_000 };
    expect(() => evaluateGraph(graph, { cube }, { registry, context })).toThrow(
      expect.objectContaining({ openeoCode: "CubeTooLarge" }),
    );
  });
});
