import { describe, expect, it } from "vitest";
import { DataCube, type Dimension } from "../src/index.js";
import { cubeInspector, cubeOf, runOn } from "./cube-callbacks-helpers.js";

const { tester, registry, process } = cubeInspector((cube) => cube);
const seen = tester.seen;
const Y4: Dimension = { name: "y", type: "spatial", axis: "y", labels: [3, 2, 1, 0] };
const X4: Dimension = { name: "x", type: "spatial", axis: "x", labels: [0, 1, 2, 3] };
const cube = cubeOf(
  [Y4, X4],
  Array.from({ length: 16 }, (_, k) => k),
);
const px = (dimension: string, value: number) => ({ dimension, value, unit: "px" });

describe("apply_neighborhood", () => {
  it("runs the process on tiles of the given size with overlap padded by no-data, and writes back the cores", () => {
    seen.length = 0;
    tester.change = (tile) =>
      new DataCube(
        tile.dimensions,
        tile.values.map((v) => 2 * v),
      );
    const size = [px("x", 2), px("y", 2)];
    const result = runOn(registry, "apply_neighborhood", cube, {
      process,
      size,
      overlap: [px("x", 1)],
    }) as DataCube;
    expect([...result.values]).toEqual([...cube.values].map((v) => 2 * v));
    expect(seen).toHaveLength(4);
    expect(seen[0]?.dimensions.map((d) => d.labels)).toEqual([
      [3, 2],
      [-1, 0, 1, 2],
    ]);
    expect([...(seen[0]?.values ?? [])]).toEqual([Number.NaN, 0, 1, 2, Number.NaN, 4, 5, 6]);
  });

  it("ignores what the process writes into the overlap", () => {
    tester.change = (tile) =>
      new DataCube(
        tile.dimensions,
        tile.values.map((_, k) => (k % 4 === 0 || k % 4 === 3 ? 99 : 1)),
      );
    const result = runOn(registry, "apply_neighborhood", cube, {
      process,
      size: [px("x", 2), px("y", 4)],
      overlap: [px("x", 1)],
    }) as DataCube;
    expect([...result.values]).toEqual(Array(16).fill(1));
  });

  it("fails with DataCubePropertiesImmutable when the process changes the labels", () => {
    tester.change = (tile) =>
      new DataCube([tile.dimensions[0] as Dimension, { ...X4, labels: [9, 9] }], tile.values);
    const run = () => runOn(registry, "apply_neighborhood", cube, { process, size: [px("x", 2)] });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "DataCubePropertiesImmutable" }));
  });

  it("fails with DimensionNotAvailable for a size of a dimension the cube lacks", () => {
    const run = () => runOn(registry, "apply_neighborhood", cube, { process, size: [px("t", 2)] });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "DimensionNotAvailable" }));
  });
});
