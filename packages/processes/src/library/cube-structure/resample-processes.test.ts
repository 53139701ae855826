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

  it("combines the source pixels in each target pixel by the method", () => {
    const mean = run("resample_spatial", { data: cube, resolution: 20, method: "average" });
    // target (20, 10) covers source rows y 25, 15 and columns x 5, 15: cells 0, 1, 4, 5.
    expect([...mean.cube.values]).toEqual([2.5, 4.5, 8.5, 10.5]);
    expect(mean.warnings).toEqual([]);
    expect([...run("resample_spatial", { data: cube, resolution: 20, method: "max" }).cube.values]).toEqual([
      5, 7, 9, 11,
    ]);
    expect([...run("resample_spatial", { data: cube, resolution: 20, method: "sum" }).cube.values]).toEqual([
      10, 18, 17, 21,
    ]);
  });

  it("interpolates bilinearly and warns for methods computed as bilinear", () => {
    const shifted = { ...x, labels: [10, 20, 30] };
    const target = new DataCube([y, shifted], new Float64Array(9));
    const { cube: linear } = run("resample_cube_spatial", { data: cube, target, method: "bilinear" });
    expect([...linear.values].slice(0, 3)).toEqual([0.5, 1.5, 2.5]);
    const { warnings } = run("resample_cube_spatial", { data: cube, target, method: "cubic" });
    expect(warnings).toEqual([expect.stringContaining("'cubic' is computed as bilinear")]);
    expect(() => run("resample_cube_spatial", { data: cube, target, method: "nearest" })).toThrow(
      /method must be/,
    );
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
