import { describe, expect, it } from "vitest";
import { type DataCube, type Dimension, defineProcess, type Value } from "../src/index.js";
import { cubeOf, oneNode, registryWith, runOn } from "./cube-callbacks-helpers.js";

const calls: Value[] = [];
const registry = registryWith(
  defineProcess({
    id: "sum",
    summary: "test sum: records what it gets",
    fidelity: "exact",
    run: ({ data }) => {
      calls.push(data ?? null);
      return (data as (number | null)[]).reduce<number>((total, value) => total + (value ?? 0), 0);
    },
  }),
);
const reducer = oneNode("sum", { data: { from_parameter: "data" } });

// t × y × x = 2 × 3 × 3; y labels 2, 1, 0 (north first), x labels 0, 1, 2. Cell (t, y, x) = 100 t + 10 row + col.
const T2: Dimension = { name: "t", type: "temporal", labels: ["2020-01-01", "2020-01-02"] };
const Y3: Dimension = { name: "y", type: "spatial", axis: "y", labels: [2, 1, 0], referenceSystem: 4326 };
const X3: Dimension = { name: "x", type: "spatial", axis: "x", labels: [0, 1, 2], referenceSystem: 4326 };
const cells = [0, 1].flatMap((t) =>
  [0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => 100 * t + 10 * row + col)),
);
const cube = cubeOf([T2, Y3, X3], cells);

const square = {
  type: "Polygon",
  coordinates: [
    [
      [-0.5, 0.5],
      [1.5, 0.5],
      [1.5, 2.5],
      [-0.5, 2.5],
      [-0.5, 0.5],
    ],
  ],
};
const framed = {
  type: "Polygon",
  coordinates: [
    [
      [-0.5, -0.5],
      [2.5, -0.5],
      [2.5, 2.5],
      [-0.5, 2.5],
      [-0.5, -0.5],
    ],
    [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 1.5],
      [0.5, 1.5],
      [0.5, 0.5],
    ],
  ],
};

describe("reduce_spatial", () => {
  it("reduces every x/y plane to one value and drops x and y", () => {
    calls.length = 0;
    const result = runOn(registry, "reduce_spatial", cube, { reducer }) as DataCube;
    expect(result.dimensions).toEqual([T2]);
    expect([...result.values]).toEqual([99, 999]);
    expect(calls[0]).toEqual([0, 1, 2, 10, 11, 12, 20, 21, 22]);
  });
});

describe("aggregate_spatial", () => {
  it("makes a vector cube: one value per geometry from the pixels whose centre lies inside, or the closest", () => {
    const geometries = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: square, properties: {} },
        { type: "Feature", geometry: { type: "Point", coordinates: [2.2, -0.1] }, properties: {} },
        { type: "Feature", geometry: framed, properties: {} },
        { type: "Feature", geometry: null, properties: {} },
      ],
    };
    const result = runOn(registry, "aggregate_spatial", cube, { geometries, reducer }) as DataCube;
    const [geometry, time] = result.dimensions;
    expect(geometry).toMatchObject({ type: "geometry", labels: [0, 1, 2, 3] });
    expect(geometry?.geometries).toEqual([square, { type: "Point", coordinates: [2.2, -0.1] }, framed, null]);
    expect(time).toEqual(T2);
    // square: rows 0-1, cols 0-1; point: row 2, col 2; framed: all but the centre; null: no-data.
    expect([...result.values]).toEqual([22, 422, 22, 122, 88, 888, Number.NaN, Number.NaN]);
  });

  it("adds value, total_count and valid_count along target_dimension", () => {
    const holes = cubeOf([Y3, X3], [Number.NaN, 1, 2, 3, 4, 5, 6, 7, 8]);
    const result = runOn(registry, "aggregate_spatial", holes, {
      geometries: square,
      reducer,
      target_dimension: "stats",
    }) as DataCube;
    expect(result.dimensions.map((d) => d.name)).toEqual(["geometry", "stats"]);
    expect(result.dimensions[1]?.labels).toEqual(["value", "total_count", "valid_count"]);
    expect([...result.values]).toEqual([8, 4, 3]);
  });

  it("refuses a target_dimension that exists with TargetDimensionExists", () => {
    const run = () =>
      runOn(registry, "aggregate_spatial", cube, { geometries: square, reducer, target_dimension: "t" });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "TargetDimensionExists" }));
  });

  it("reprojects GeoJSON (longitude/latitude) into the cube's reference system", () => {
    // Web Mercator (EPSG:3857) at the equator: one degree of longitude is 111319.49 m.
    const degree = 111319.49079327357;
    const mercator = cubeOf(
      [
        { ...Y3, labels: [0], referenceSystem: 3857 },
        { ...X3, labels: [0, degree, 2 * degree], referenceSystem: 3857 },
      ],
      [10, 20, 30],
    );
    const points = [1, 2].map((lon) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [lon, 0] },
    }));
    const geometries = { type: "FeatureCollection", features: points };
    const result = runOn(registry, "aggregate_spatial", mercator, { geometries, reducer }) as DataCube;
    expect([...result.values]).toEqual([20, 30]);
  });
});

describe("aggregate_spatial_window", () => {
  const plane = cubeOf([Y3, X3], cells.slice(0, 9));

  it("pads partial windows with no-data at the lower right and labels each window with its centre", () => {
    calls.length = 0;
    const result = runOn(registry, "aggregate_spatial_window", plane, { reducer, size: [2, 2] }) as DataCube;
    expect(result.dimensions.map((d) => d.labels)).toEqual([
      [1.5, -0.5],
      [0.5, 2.5],
    ]);
    expect([...result.values]).toEqual([22, 14, 41, 22]);
    expect(calls[1]).toEqual([2, null, 12, null]);
  });

  it("trims partial windows at the upper left when aligned to the lower right", () => {
    const args = { reducer, size: [2, 2], boundary: "trim", align: "lower-right" };
    const result = runOn(registry, "aggregate_spatial_window", plane, args) as DataCube;
    expect(result.dimensions.map((d) => d.labels)).toEqual([[0.5], [1.5]]);
    expect([...result.values]).toEqual([66]);
  });

  it("keeps other dimensions apart", () => {
    const result = runOn(registry, "aggregate_spatial_window", cube, { reducer, size: [3, 3] }) as DataCube;
    expect([...result.values]).toEqual([99, 999]);
  });
});
