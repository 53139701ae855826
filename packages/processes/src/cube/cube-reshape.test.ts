import { describe, expect, it } from "vitest";
import { dropSingleDimension, permuteDimensions, takeLabels } from "./cube-reshape.js";
import { DataCube, type Dimension } from "./data-cube.js";

const bands: Dimension = { name: "bands", type: "bands", labels: ["a", "b", "c"] };
const x: Dimension = { name: "x", type: "spatial", axis: "x", labels: [10, 20] };
const cube = new DataCube([bands, x], Float64Array.from([1, 2, 3, 4, 5, 6]));

describe("takeLabels", () => {
  it("reorders, drops and pads the labels of an outer dimension", () => {
    const picked = takeLabels(cube, 0, { ...bands, labels: ["c", "a", "z"] }, [2, 0, -1]);
    expect([...picked.values]).toEqual([5, 6, 1, 2, Number.NaN, Number.NaN]);
    expect(picked.dimensions[0]?.labels).toEqual(["c", "a", "z"]);
  });

  it("picks along the last dimension", () => {
    const picked = takeLabels(cube, 1, { ...x, labels: [20] }, [1]);
    expect([...picked.values]).toEqual([2, 4, 6]);
  });
});

describe("dropSingleDimension", () => {
  it("keeps the cells and removes the dimension", () => {
    const single = takeLabels(cube, 0, { ...bands, labels: ["b"] }, [1]);
    const dropped = dropSingleDimension(single, 0);
    expect(dropped.dimensions.map((d) => d.name)).toEqual(["x"]);
    expect([...dropped.values]).toEqual([3, 4]);
  });
});

describe("permuteDimensions", () => {
  it("transposes the cells with the dimensions", () => {
    const swapped = permuteDimensions(cube, [1, 0]);
    expect(swapped.dimensions.map((d) => d.name)).toEqual(["x", "bands"]);
    expect([...swapped.values]).toEqual([1, 3, 5, 2, 4, 6]);
  });
});
