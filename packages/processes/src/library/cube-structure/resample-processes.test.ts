import { describe, expect, it } from "vitest";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

const registry = createProcessRegistry();
function run(id: string, args: Record<string, Value>) {
  const warnings: string[] = [];
  const cube = runProcess(id, args, { registry, context: { warn: (m) => warnings.push(m) } }) as DataCube;
  return { cube, warnings };
}

const days = (...labels: string[]): Dimension => ({ name: "t", type: "temporal", labels });
const y: Dimension = {
  name: "y",
  type: "spatial",
  axis: "y",
  labels: [25, 15, 5],
  referenceSystem: "EPSG:32632",
};
const x: Dimension = {
  name: "x",
  type: "spatial",
  axis: "x",
  labels: [5, 15, 25, 35],
  referenceSystem: "EPSG:32632",
};

describe("resample_cube_temporal", () => {
  const data = new DataCube(
    [days("2020-01-01", "2020-01-05", "2020-01-09")],
    Float64Array.of(1, Number.NaN, 3),
  );
  const target = new DataCube([days("2020-01-03", "2020-01-06")], new Float64Array(2));

  it("takes the nearest timestamp, the earlier one on ties, no-data included", () => {
    const { cube } = run("resample_cube_temporal", { data, target });
    expect(cube.dimensions[0]?.labels).toEqual(["2020-01-03", "2020-01-06"]);
    expect([...cube.values]).toEqual([1, Number.NaN]);
  });

  it("looks for valid values within valid_within days", () => {
    const { cube } = run("resample_cube_temporal", { data, target, valid_within: 3 });
    expect([...cube.values]).toEqual([1, 3]);
    const none = run("resample_cube_temporal", { data, target, valid_within: 1 }).cube;
    expect([...none.values]).toEqual([Number.NaN, Number.NaN]);
  });
});

describe("resample_spatial and resample_cube_spatial", () => {
  const cube = new DataCube(
    [y, x],
    Float64Array.from({ length: 12 }, (_, index) => index),
  );

  it("coarsens from the upper-left corner by nearest neighbour", () => {
    const { cube: coarse, warnings } = run("resample_spatial", { data: cube, resolution: 20 });
    expect(coarse.dimensions.map((d) => d.labels)).toEqual([
      [20, 0],
      [10, 30],
    ]);
    expect(coarse.values).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  it("refuses a resolution that would make too many cells before allocating them", () => {
    expect(() => run("resample_spatial", { data: cube, resolution: 1e-9 })).toThrow(
      expect.objectContaining({ openeoCode: "CubeTooLarge" }),
    );
  });

  it("warns when another method is computed as nearest neighbour", () => {
    const { warnings } = run("resample_spatial", { data: cube, resolution: 20, method: "average" });
    expect(warnings).toEqual([expect.stringContaining("'average' is computed as nearest neighbour")]);
  });

  it("takes the target's pixels and CRS", () => {
    const targetX = { ...x, labels: [15, 35] };
    const target = new DataCube([y, targetX], new Float64Array(6));
    const { cube: aligned } = run("resample_cube_spatial", { data: cube, target });
    expect(aligned.dimensions[1]?.labels).toEqual([15, 35]);
    expect([...aligned.values]).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it("reprojects to EPSG:4326 with labels in degrees", () => {
    const { cube: geographic } = run("resample_spatial", { data: cube, projection: 4326 });
    expect(geographic.dimensions[1]?.referenceSystem).toBe("EPSG:4326");
    expect(Number(geographic.dimensions[1]?.labels[0])).toBeCloseTo(4.51, 1);
  });
});
