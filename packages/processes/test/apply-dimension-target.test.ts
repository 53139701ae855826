import { describe, expect, it } from "vitest";
import { createProcessRegistry, type DataCube, type Dimension } from "../src/index.js";
import { cubeOf, oneNode, runOn, T, X } from "./cube-callbacks-helpers.js";

const registry = createProcessRegistry();
const quartiles = oneNode("quantiles", {
  data: { from_parameter: "data" },
  probabilities: [0.25, 0.5, 0.75],
});
const band = (labels: string[]): Dimension => ({ name: "bands", type: "bands", labels });

describe("apply_dimension into an existing target dimension", () => {
  it("drops the source and fills a single-label target, keeping its name and type, labels 0, 1, 2 (case 2)", () => {
    // bands × t × x = 1 × 3 × 2; along t the cells of x = 1 are 1, 3, 5, of x = 2 they are 2, 4, 6
    const cube = cubeOf([band(["B04"]), T, X], [1, 2, 3, 4, 5, 6]);
    const warnings: string[] = [];
    const args = { process: quartiles, dimension: "t", target_dimension: "bands" };
    const result = runOn(registry, "apply_dimension", cube, args, warnings) as DataCube;
    expect(warnings).toEqual([]);
    expect(result.dimensions.map((d) => [d.name, d.type, d.labels])).toEqual([
      ["bands", "bands", [0, 1, 2]],
      ["x", "spatial", [1, 2]],
    ]);
    expect([...result.values]).toEqual([2, 3, 3, 4, 4, 5]);
  });

  it("puts the target where it was when it comes after the source", () => {
    const cube = cubeOf([T, band(["B04"]), X], [1, 2, 3, 4, 5, 6]);
    const result = runOn(registry, "apply_dimension", cube, {
      process: quartiles,
      dimension: "t",
      target_dimension: "bands",
    }) as DataCube;
    expect(result.dimensions.map((d) => d.name)).toEqual(["bands", "x"]);
    expect([...result.values]).toEqual([2, 3, 3, 4, 4, 5]);
  });

  it("fills a bands target with several labels band by band, labels 0..n·k-1, with a warning (as geotrellis)", () => {
    // along t: B04 x1 0, 2, 4 and x2 1, 3, 5; B08 x1 6, 8, 10 and x2 7, 9, 11; the target before or after t
    const layouts: [Dimension[], number[]][] = [
      [
        [band(["B04", "B08"]), T, X],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      ],
      [
        [T, band(["B04", "B08"]), X],
        [0, 1, 6, 7, 2, 3, 8, 9, 4, 5, 10, 11],
      ],
    ];
    for (const [dimensions, cells] of layouts) {
      const warnings: string[] = [];
      const args = { process: quartiles, dimension: "t", target_dimension: "bands" };
      const result = runOn(
        registry,
        "apply_dimension",
        cubeOf(dimensions, cells),
        args,
        warnings,
      ) as DataCube;
      expect(result.dimensions.map((d) => [d.name, d.type, d.labels])).toEqual([
        ["bands", "bands", [0, 1, 2, 3, 4, 5]],
        ["x", "spatial", [1, 2]],
      ]);
      // B04's quartiles (x1, x2 for each), then B08's
      expect([...result.values]).toEqual([1, 2, 2, 3, 3, 4, 7, 8, 8, 9, 9, 10]);
      expect(warnings).toEqual([
        expect.stringMatching(/'bands' exists with 2 labels \(B04, B08\).*geotrellis/),
      ]);
    }
  });

  it("refuses another target with several labels, a case neither the definition nor the back-ends define", () => {
    const cube = cubeOf(
      [band(["B04", "B08"]), T, X],
      Array.from({ length: 12 }, (_, k) => k),
    );
    const args = { process: quartiles, dimension: "t", target_dimension: "x" };
    expect(() => runOn(registry, "apply_dimension", cube, args)).toThrow(/'x' exists with 2 labels/);
  });
});
