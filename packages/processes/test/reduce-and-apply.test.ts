import { describe, expect, it, vi } from "vitest";
import { type DataCube, defineProcess, evaluateGraph, LabeledArray, type Value } from "../src/index.js";
import { cubeOf, oneNode, registryWith, runOn, T, X, Y } from "./cube-callbacks-helpers.js";

/** A `max` whose per-call path and kernel are counted, so a test can tell which one ran. */
function countedMax() {
  const calls = { run: 0, kernel: 0 };
  const numbers = (data: Value) => (data instanceof LabeledArray ? data.values : (data as Value[]));
  const entry = defineProcess({
    id: "max",
    summary: "test max: counts its calls",
    fidelity: "exact",
    run: ({ data }) => {
      calls.run += 1;
      return Math.max(...(numbers(data ?? []) as number[]));
    },
    reduceNumbers: (cells) => {
      calls.kernel += 1;
      return Math.max(...cells);
    },
  });
  return { calls, registry: registryWith(entry) };
}

// t × y × x = 3 × 2 × 2; along t the cells of (y, x) = (0, 0) are 1, 5, 9.
const cube = cubeOf([T, Y, X], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

describe("reduce_dimension", () => {
  it("gives no-data, with the UDF warning, where a reducer is a run_udf that jobkit does not execute", () => {
    const warnings: string[] = [];
    const udf = oneNode("run_udf", {
      data: { from_parameter: "data" },
      udf: "reduce(...)",
      runtime: "Python",
    });
    const result = runOn(
      registryWith(),
      "reduce_dimension",
      cube,
      { reducer: udf, dimension: "t" },
      warnings,
    );
    expect((result as DataCube).dimensions.map((d) => d.name)).toEqual(["y", "x"]);
    expect([...(result as DataCube).values].every(Number.isNaN)).toBe(true);
    expect(warnings.some((warning) => warning.startsWith("run_udf: UDFs are not executed"))).toBe(true);
  });

  it("still refuses a reducer that returns an array it computed", () => {
    const reducer = oneNode("array_create", { data: [1, 2] });
    expect(() => runOn(registryWith(), "reduce_dimension", cube, { reducer, dimension: "t" })).toThrow(
      /the callback returned an array/,
    );
  });

  it("runs a one-node reducer with a number kernel as a kernel, never through the callback", () => {
    const { calls, registry } = countedMax();
    const result = runOn(registry, "reduce_dimension", cube, {
      reducer: oneNode("max", { data: { from_parameter: "data" } }),
      dimension: "t",
    }) as DataCube;
    expect(result.dimensions.map((d) => d.name)).toEqual(["y", "x"]);
    expect([...result.values]).toEqual([9, 10, 11, 12]);
    expect(calls).toEqual({ run: 0, kernel: 4 });
  });

  it("calls the reducer per pixel with a labeled array and the context when an argument is not literal", () => {
    const seen: Value[] = [];
    let kernelCalls = 0;
    const spy = defineProcess({
      id: "first",
      summary: "test first: records what it gets",
      fidelity: "exact",
      run: ({ data, ignore_nodata }) => {
        seen.push(data ?? null, ignore_nodata ?? null);
        return (data as LabeledArray).values[0] ?? null;
      },
      reduceNumbers: (cells) => {
        kernelCalls += 1;
        return cells[0] ?? Number.NaN;
      },
    });
    const result = runOn(registryWith(spy), "reduce_dimension", cube, {
      reducer: oneNode("first", {
        data: { from_parameter: "data" },
        ignore_nodata: { from_parameter: "context" },
      }),
      dimension: "t",
      context: false,
    }) as DataCube;
    expect([...result.values]).toEqual([1, 2, 3, 4]);
    const first = seen[0] as LabeledArray;
    expect(first.labels).toEqual(T.labels);
    expect(first.values).toEqual([1, 5, 9]);
    expect(seen[1]).toBe(false);
    expect(kernelCalls).toBe(0);
  });

  it("fails with DimensionNotAvailable for a dimension the cube lacks", () => {
    const { registry } = countedMax();
    const reduce = () =>
      runOn(registry, "reduce_dimension", cube, {
        reducer: oneNode("max", { data: { from_parameter: "data" } }),
        dimension: "bands",
      });
    expect(reduce).toThrow(expect.objectContaining({ openeoCode: "DimensionNotAvailable" }));
  });
});

describe("apply", () => {
  const negate = (calls: { run: number; kernel: number }) =>
    defineProcess({
      id: "absolute",
      summary: "test absolute that negates: counts its calls",
      fidelity: "exact",
      run: ({ x }) => {
        calls.run += 1;
        return typeof x === "number" ? -x : null;
      },
      mapNumber: (x) => {
        calls.kernel += 1;
        return -x;
      },
    });

  it("maps every cell with the number kernel of a one-node callback", () => {
    const calls = { run: 0, kernel: 0 };
    const result = runOn(registryWith(negate(calls)), "apply", cube, {
      process: oneNode("absolute", { x: { from_parameter: "x" } }),
    }) as DataCube;
    expect([...result.values]).toEqual([...cube.values].map((v) => -v));
    expect(calls).toEqual({ run: 0, kernel: 12 });
  });

  it("calls a callback that is not one plain node once per cell, no-data as null", () => {
    const calls = { run: 0, kernel: 0 };
    const withNoData = cubeOf([Y, X], [1, Number.NaN, 3, 4]);
    const graph = {
      process_graph: {
        a: { process_id: "absolute", arguments: { x: { from_parameter: "x" } } },
        b: { process_id: "absolute", arguments: { x: { from_node: "a" } }, result: true },
      },
    };
    const result = runOn(registryWith(negate(calls)), "apply", withNoData, { process: graph }) as DataCube;
    expect([...result.values]).toEqual([1, Number.NaN, 3, 4]);
    expect(calls).toEqual({ run: 8, kernel: 0 });
  });
});

describe("apply_dimension", () => {
  const reverse = (data: Value) => [...(data as LabeledArray).values].reverse();
  const arrayProcess = (f: (data: Value) => Value) =>
    registryWith(
      defineProcess({
        id: "sort",
        summary: "test: any array function",
        fidelity: "exact",
        run: ({ data }) => f(data ?? null),
      }),
    );

  it("keeps the labels when the process returns as many values", () => {
    const result = runOn(arrayProcess(reverse), "apply_dimension", cube, {
      process: oneNode("sort", { data: { from_parameter: "data" } }),
      dimension: "t",
    }) as DataCube;
    expect(result.dimensions[0]).toEqual(T);
    expect([...result.values]).toEqual([9, 10, 11, 12, 5, 6, 7, 8, 1, 2, 3, 4]);
  });

  it("numbers the labels from zero when the count changes, and names a new target dimension of type other", () => {
    const firstTwo = (data: Value) => (data as LabeledArray).values.slice(0, 2);
    const same = runOn(arrayProcess(firstTwo), "apply_dimension", cube, {
      process: oneNode("sort", { data: { from_parameter: "data" } }),
      dimension: "t",
    }) as DataCube;
    expect(same.dimensions[0]).toEqual({ ...T, labels: [0, 1] });
    const moved = runOn(arrayProcess(reverse), "apply_dimension", cube, {
      process: oneNode("sort", { data: { from_parameter: "data" } }),
      dimension: "t",
      target_dimension: "stats",
    }) as DataCube;
    expect(moved.dimensions[0]).toEqual({ name: "stats", type: "other", labels: [0, 1, 2] });
  });
});

describe("apply_dimension's cube-size limit", () => {
  it("refuses a process that would grow the cube past maxCubeCells with CubeTooLarge", () => {
    const many = registryWith(
      defineProcess({
        id: "sort",
        summary: "test: a thousand values",
        fidelity: "exact",
        run: () => Array(1000).fill(1),
      }),
    );
    const graph = {
      node: {
        process_id: "apply_dimension",
        arguments: {
          data: { from_parameter: "cube" },
          process: oneNode("sort", { data: { from_parameter: "data" } }),
          dimension: "t",
        },
        result: true,
      },
    };
    const env = { registry: many, context: { warn: () => {}, maxCubeCells: 1000 } };
    expect(() => evaluateGraph(graph, { cube }, env)).toThrow(
      expect.objectContaining({ openeoCode: "CubeTooLarge" }),
    );
  });
});

describe("apply_kernel", () => {
  it("mirrors the border with 'reflect' (fedcba|abcdef) and keeps other dimensions apart", () => {
    // One row of 3 cells per time step; the kernel [1, 0, 0] reads each cell's left neighbour.
    const row = cubeOf(
      [
        { ...T, labels: ["a", "b"] },
        { ...Y, labels: [0] },
        { ...X, labels: [0, 1, 2] },
      ],
      [1, 2, 3, 4, 5, 6],
    );
    const result = runOn(registryWith(), "apply_kernel", row, {
      kernel: [[1, 0, 0]],
      border: "reflect",
    }) as DataCube;
    expect([...result.values]).toEqual([1, 1, 2, 4, 4, 5]);
  });

  it("refuses a kernel with an even side with KernelDimensionsUneven", () => {
    const run = () =>
      runOn(registryWith(), "apply_kernel", cube, { kernel: [[1, 1, 1]].concat([[1, 1, 1]]) });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "KernelDimensionsUneven" }));
  });

  it("refuses a convolution of more weighted terms than 64 a cell of maxCubeCells, before it runs", () => {
    const graph = (side: number) => ({
      node: {
        process_id: "apply_kernel",
        arguments: { data: { from_parameter: "cube" }, kernel: Array(side).fill(Array(side).fill(1)) },
        result: true,
      },
    });
    const env = { registry: registryWith(), context: { warn: () => {}, maxCubeCells: 12 } };
    // 12 cells × 7 × 7 = 588 ≤ 768 = 64 × 12; 12 × 9 × 9 = 972 > 768.
    expect((evaluateGraph(graph(7), { cube }, env) as DataCube).values).toHaveLength(12);
    expect(() => evaluateGraph(graph(9), { cube }, env)).toThrow(
      expect.objectContaining({
        openeoCode: "CubeTooLarge",
        message: expect.stringMatching(
          /a 9×9 kernel over 12 cells sums 972 weighted terms, more than the limit of 768/,
        ),
      }),
    );
  });
});

describe("results", () => {
  it("are new cubes; the input cube is unchanged", () => {
    const before = [...cube.values];
    const result = runOn(registryWith(), "apply_kernel", cube, { kernel: [[1]], factor: 2 }) as DataCube;
    expect([...result.values]).toEqual(before.map((v) => 2 * v));
    expect([...cube.values]).toEqual(before);
  });
});

describe("the run's deadline", () => {
  it("fails the first process that would start after it with RequestTimeout, callbacks' processes included", () => {
    const reducer = {
      process_graph: {
        first: { process_id: "array_element", arguments: { data: { from_parameter: "data" }, index: 0 } },
        twice: { process_id: "multiply", arguments: { x: { from_node: "first" }, y: 2 }, result: true },
      },
    };
    const graph = {
      node: {
        process_id: "reduce_dimension",
        arguments: { data: { from_parameter: "cube" }, reducer, dimension: "t" },
        result: true,
      },
    };
    let now = 1_000;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
    try {
      const env = (deadline: number) => ({ registry: registryWith(), context: { warn: () => {}, deadline } });
      expect([...(evaluateGraph(graph, { cube }, env(now + 100)) as DataCube).values]).toEqual([2, 4, 6, 8]);
      // reduce_dimension starts in time; its reducer's processes, per pixel, pass the deadline.
      expect(() => evaluateGraph(graph, { cube }, env(now + 3))).toThrow(
        expect.objectContaining({ openeoCode: "RequestTimeout", status: 408 }),
      );
    } finally {
      clock.mockRestore();
    }
  });
});
