import { describe, expect, it } from "vitest";
import type { DataCube, Dimension } from "../src/index.js";
import { cubeOf, registryWith, runOn } from "./cube-callbacks-helpers.js";

const registry = registryWith();
const X2: Dimension = { name: "x", type: "spatial", axis: "x", labels: [0, 1] };
const time = (labels: string[]): Dimension => ({ name: "t", type: "temporal", labels });

describe("climatological_normal", () => {
  const dates = ["1980-12-15", "1981-01-15", "1981-06-15", "1982-01-15", "1982-12-15", "1983-01-15"];
  const cube = cubeOf([time(dates), { ...X2, labels: [0] }], [0, 1, 2, 3, 4, 5]);
  const run = (period: string) =>
    runOn(registry, "climatological_normal", cube, {
      period,
      climatology_period: [1981, 1982],
    }) as DataCube;

  it("averages each month of the year over the climatology period, labeled 01 to 12", () => {
    const result = run("month");
    expect(result.dimensions[0]?.labels).toEqual([
      "01",
      "02",
      "03",
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
      "11",
      "12",
    ]);
    expect([...result.values]).toEqual([2, ...Array(4).fill(Number.NaN), 2, ...Array(5).fill(Number.NaN), 4]);
  });

  it("counts the December before the period into the first winter and leaves out the last December", () => {
    const result = run("season");
    expect(result.dimensions[0]?.labels).toEqual(["djf", "mam", "jja", "son"]);
    expect([...result.values]).toEqual([4 / 3, Number.NaN, 2, Number.NaN]);
  });

  it("averages the whole period as one label with climatology-period", () => {
    expect([...run("climatology-period").values]).toEqual([(1 + 2 + 3 + 4) / 4]);
  });
});

describe("anomaly", () => {
  const data = cubeOf([time(["2020-01", "2020-02", "2021-01"]), X2], [10, 20, 30, 40, 50, 60]);

  it("subtracts the normal of the same month, dimension by dimension", () => {
    const normals = cubeOf([time(["01", "02"]), X2], [1, 2, 3, 4]);
    const result = runOn(
      registry,
      "anomaly",
      data,
      { normals: { from_parameter: "normals" }, period: "month" },
      [],
      {
        normals,
      },
    ) as DataCube;
    expect([...result.values]).toEqual([9, 18, 27, 36, 49, 58]);
    expect(result.dimensions).toEqual(data.dimensions);
  });

  it("subtracts the one normal of a single period from every date", () => {
    const normals = cubeOf([time(["all"]), X2], [1, 2]);
    const args = { normals: { from_parameter: "normals" }, period: "single-period" };
    const result = runOn(registry, "anomaly", data, args, [], { normals }) as DataCube;
    expect([...result.values]).toEqual([9, 18, 29, 38, 49, 58]);
  });

  it("fails naming the period the normals lack", () => {
    const normals = cubeOf([time(["01"]), X2], [1, 2]);
    const run = () =>
      runOn(registry, "anomaly", data, { normals: { from_parameter: "normals" }, period: "month" }, [], {
        normals,
      });
    expect(run).toThrow(/no label '02'/);
  });
});
