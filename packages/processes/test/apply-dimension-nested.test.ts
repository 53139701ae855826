import { describe, expect, it } from "vitest";
import { createProcessRegistry, type DataCube } from "../src/index.js";
import { cubeOf, runOn, T, X } from "./cube-callbacks-helpers.js";

const registry = createProcessRegistry();
const data = { from_parameter: "data" };
/** The community examples' callback, shorter: `array_create([mean(data), quantiles(data, [0.5])])`. */
const meanAndMedian = {
  process_graph: {
    mean1: { process_id: "mean", arguments: { data } },
    quantiles1: { process_id: "quantiles", arguments: { data, probabilities: [0.5] } },
    create1: {
      process_id: "array_create",
      arguments: { data: [{ from_node: "mean1" }, { from_node: "quantiles1" }] },
      result: true,
    },
  },
};

describe("apply_dimension with arrays among the values the process returns", () => {
  it("takes their elements in their place, as the geotrellis back-ends do, with one warning", () => {
    // t × x = 3 × 2; along t the cells of x = 1 are 1, 3, 8, of x = 2 they are 2, 4, 6
    const cube = cubeOf([T, X], [1, 2, 3, 4, 8, 6]);
    const warnings: string[] = [];
    const args = { process: meanAndMedian, dimension: "t" };
    const result = runOn(registry, "apply_dimension", cube, args, warnings) as DataCube;
    expect(result.dimensions.map((d) => [d.name, d.labels])).toEqual([
      ["t", [0, 1]],
      ["x", [1, 2]],
    ]);
    expect([...result.values]).toEqual([4, 4, 3, 4]);
    expect(warnings).toEqual([expect.stringMatching(/arrays among its values.*geotrellis/)]);
  });
});
