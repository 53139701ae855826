import { describe, expect, it } from "vitest";
import {
  createProcessRegistry,
  cubeFromJson,
  cubeToJson,
  type DataCube,
  evaluateGraph,
  JobkitProcessesError,
} from "../src/index.js";
import { cubeOf, oneNode, runOn, X, Y } from "./cube-callbacks-helpers.js";

const registry = createProcessRegistry();
// y × x = 2 × 2 scene classes, as an SCL band holds them
const scl = cubeOf([Y, X], [3, 8, 9, 4]);
const x = { from_parameter: "x" };
const equalTo = (value: number) => ({ process: oneNode("eq", { x, y: value }) });
const orResolver = { overlap_resolver: oneNode("or", { x, y: { from_parameter: "y" } }) };

function run(processId: string, cube: DataCube, args: Record<string, unknown>): DataCube {
  return runOn(registry, processId, cube, args) as DataCube;
}

/** merge_cubes of two cubes with or() as the overlap resolver. */
function merged(first: DataCube, second: DataCube): DataCube {
  const args = { cube1: { from_parameter: "first" }, cube2: { from_parameter: "second" }, ...orResolver };
  const graph = { node: { process_id: "merge_cubes", arguments: args, result: true } };
  return evaluateGraph(graph, { first, second }, { registry, context: { warn: () => {} } }) as DataCube;
}

describe("cubes of boolean cells", () => {
  it("apply of eq makes a boolean cube; merge_cubes resolves its overlaps with or (ForestFire's cloud mask), not those of numbers", () => {
    const shadow = run("apply", scl, equalTo(3));
    expect(shadow.cellType).toBe("boolean");
    const second = run("apply", scl, equalTo(8));
    const mask = merged(shadow, second);
    expect(mask.cellType).toBe("boolean");
    expect(cubeToJson(mask).data).toEqual([
      [true, true],
      [false, false],
    ]);
    const cirrus = merged(mask, run("apply", scl, equalTo(9)));
    expect(cubeToJson(cirrus).data).toEqual([
      [true, true],
      [true, false],
    ]);
    // or() on the cells of a number cube stays refused, as openEO refuses or(1, 2)
    expect(() => merged(scl, scl)).toThrow(/or: argument 'x' must be a boolean/);
    expect(() => run("apply", scl, { process: oneNode("or", { x, y: 2 }) })).toThrow(JobkitProcessesError);
  });

  it("gives reducers the cells of a boolean cube as booleans and keeps a boolean result boolean", () => {
    const flags = run(
      "apply",
      cubeOf([{ name: "bands", type: "bands", labels: ["a", "b"] }, X], [3, 4, 4, 3]),
      equalTo(3),
    );
    const element = (index: number) => ({
      process_id: "array_element",
      arguments: { data: { from_parameter: "data" }, index },
    });
    const reducer = {
      process_graph: {
        first: element(0),
        second: element(1),
        either: {
          process_id: "or",
          arguments: { x: { from_node: "first" }, y: { from_node: "second" } },
          result: true,
        },
      },
    };
    const either = run("reduce_dimension", flags, { reducer, dimension: "bands" });
    expect(either.cellType).toBe("boolean");
    expect(cubeToJson(either).data).toEqual([true, true]);
    const any = run("reduce_dimension", flags, {
      reducer: oneNode("any", { data: { from_parameter: "data" } }),
      dimension: "bands",
    });
    expect(any.cellType).toBe("boolean");
  });

  it("stays boolean through structure processes and a no-data mask, and becomes numbers with a number replacement", () => {
    const flags = run("apply", scl, equalTo(3));
    const renamed = run("rename_dimension", flags, { source: "x", target: "x2" });
    expect(renamed.cellType).toBe("boolean");
    const maskArgs = { mask: { from_parameter: "cube" } };
    expect(run("mask", flags, maskArgs).cellType).toBe("boolean");
    expect(run("mask", flags, { ...maskArgs, replacement: 5 }).cellType).toBe("number");
  });

  it("reads and writes openEO's JSON form of a boolean cube with booleans", () => {
    const json = {
      type: "datacube" as const,
      order: ["x"],
      dimensions: { x: { type: "spatial", axis: "x", values: [1, 2, 3] } },
      data: [true, false, null],
    };
    const cube = cubeFromJson(json);
    expect(cube.cellType).toBe("boolean");
    expect(cubeToJson(cube).data).toEqual([true, false, Number.NaN]);
  });
});
