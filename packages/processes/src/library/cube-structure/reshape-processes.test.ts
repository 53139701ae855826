import { describe, expect, it } from "vitest";
import type { Callback } from "../../callback.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

const registry = createProcessRegistry();
const run = (id: string, args: Record<string, Value>) =>
  runProcess(id, args, { registry, context: { warn: () => {} } }) as DataCube;

const a: Dimension = { name: "A", type: "other", labels: [2020, 2021] };
const b: Dimension = { name: "B", type: "bands", labels: ["B1", "B2"] };
const ab = new DataCube([a, b], Float64Array.from([1, 2, 3, 4]));

describe("flatten_dimensions and unflatten_dimension", () => {
  it("flattens in the order asked for, the last dimension fastest", () => {
    const flat = run("flatten_dimensions", { data: ab, dimensions: ["B", "A"], target_dimension: "X" });
    expect(flat.dimensions).toEqual([
      { name: "X", type: "other", labels: ["B1~2020", "B1~2021", "B2~2020", "B2~2021"] },
    ]);
    expect([...flat.values]).toEqual([1, 3, 2, 4]);
  });

  it("unflattens back into a grid and refuses labels that are not one", () => {
    const flat = run("flatten_dimensions", { data: ab, dimensions: ["A", "B"], target_dimension: "X" });
    const back = run("unflatten_dimension", { data: flat, dimension: "X", target_dimensions: ["A", "B"] });
    expect(back.dimensions.map((d) => d.labels)).toEqual([
      ["2020", "2021"],
      ["B1", "B2"],
    ]);
    expect([...back.values]).toEqual([1, 2, 3, 4]);
    const ragged = new DataCube(
      [{ name: "X", type: "other", labels: ["a~1", "b~2"] }],
      Float64Array.of(1, 2),
    );
    expect(() =>
      run("unflatten_dimension", { data: ragged, dimension: "X", target_dimensions: ["P", "Q"] }),
    ).toThrow(/full grid/);
  });

  it("names a target dimension that exists already", () => {
    const withC = new DataCube([a, b, { name: "C", type: "other", labels: [0] }], new Float64Array(4));
    expect(() =>
      run("flatten_dimensions", { data: withC, dimensions: ["A", "B"], target_dimension: "C" }),
    ).toThrow(expect.objectContaining({ openeoCode: "TargetDimensionExists" }));
  });
});

describe("merge_cubes", () => {
  it("calls the overlap resolver with x, y and context for cells both cubes have", () => {
    const other = new DataCube([a, { ...b, labels: ["B2", "B3"] }], Float64Array.from([10, 20, 30, 40]));
    const calls: Record<string, Value>[] = [];
    const resolver: Callback = {
      kind: "callback",
      call: (parameters) => {
        calls.push({ ...parameters });
        return (parameters.x as number) * 100 + (parameters.y as number);
      },
    };
    const merged = run("merge_cubes", { cube1: ab, cube2: other, overlap_resolver: resolver, context: "c" });
    expect(merged.dimensions[1]?.labels).toEqual(["B1", "B2", "B3"]);
    expect([...merged.values]).toEqual([1, 210, 20, 3, 430, 40]);
    expect(calls[0]).toEqual({ x: 2, y: 10, context: "c" });
  });
});

describe("mask and trim_cube", () => {
  it("replaces where the mask is non-zero and leaves no-data mask cells alone", () => {
    const mask = new DataCube([b], Float64Array.from([0, Number.NaN]));
    const ones = new DataCube([b], Float64Array.from([1, 0]));
    expect([...run("mask", { data: ab, mask: mask }).values]).toEqual([1, 2, 3, 4]);
    expect([...run("mask", { data: ab, mask: ones, replacement: -1 }).values]).toEqual([-1, 2, -1, 4]);
  });

  it("applies a one-band mask of another band to every band, with a warning, as geotrellis back-ends do", () => {
    const warnings: string[] = [];
    const scl = new DataCube([a, { ...b, labels: ["SCL"] }], Float64Array.from([1, 0]));
    const masked = runProcess(
      "mask",
      { data: ab, mask: scl, replacement: -1 },
      { registry, context: { warn: (m) => warnings.push(m) } },
    );
    expect([...(masked as DataCube).values]).toEqual([-1, -1, 3, 4]);
    expect(warnings).toEqual([
      expect.stringContaining("mask's one band 'SCL' is applied to every band of the data (B1, B2)"),
    ]);
    const twoOthers = new DataCube([a, { ...b, labels: ["S1", "S2"] }], Float64Array.from([1, 0, 0, 1]));
    expect(() => run("mask", { data: ab, mask: twoOthers })).toThrow(
      expect.objectContaining({
        openeoCode: "IncompatibleDataCubes",
        message: expect.stringContaining("dimension 'B' has labels S1, S2, the data's B1, B2"),
      }),
    );
  });

  it("refuses a mask whose other non-spatial dimension has other labels, as openEO's mask asks", () => {
    const otherYears = new DataCube([{ ...a, labels: [2020, 2022] }, b], Float64Array.from([1, 0, 0, 1]));
    expect(() => run("mask", { data: ab, mask: otherYears })).toThrow("'A' has labels 2020, 2022");
    const reordered = new DataCube([a, { ...b, labels: ["B2", "B1"] }], Float64Array.from([1, 0, 0, 0]));
    expect([...run("mask", { data: ab, mask: reordered, replacement: -1 }).values]).toEqual([1, -1, 3, 4]);
  });

  it("aligns a coarser mask to the data's grid by nearest neighbour", () => {
    const x: Dimension = { name: "x", type: "spatial", axis: "x", labels: [5, 15, 25, 35], step: 10 };
    const y: Dimension = { name: "y", type: "spatial", axis: "y", labels: [5], step: 10 };
    const data = new DataCube([y, x], Float64Array.from([1, 2, 3, 4]));
    const coarse = new DataCube(
      [
        { ...y, labels: [10], step: 20 },
        { ...x, labels: [10, 30], step: 20 },
      ],
      Float64Array.from([0, 1]),
    );
    expect([...run("mask", { data, mask: coarse }).values]).toEqual([1, 2, Number.NaN, Number.NaN]);
  });

  it("drops labels with only no-data, inside for bands, at the ends for time", () => {
    const t: Dimension = { name: "t", type: "temporal", labels: ["2020-01-01", "2020-01-02", "2020-01-03"] };
    const bands: Dimension = { ...b, labels: ["B1", "B2", "B3"] };
    const n = Number.NaN;
    const cube = new DataCube([t, bands], Float64Array.from([n, n, n, 1, n, 2, n, n, n]));
    const trimmed = run("trim_cube", { data: cube });
    expect(trimmed.dimensions.map((d) => d.labels)).toEqual([["2020-01-02"], ["B1", "B3"]]);
    expect([...trimmed.values]).toEqual([1, 2]);
  });
});
