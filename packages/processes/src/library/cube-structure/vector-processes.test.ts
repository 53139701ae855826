import { describe, expect, it } from "vitest";
import type { DataCube } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

const registry = createProcessRegistry();
function run(id: string, args: Record<string, Value>) {
  const warnings: string[] = [];
  const cube = runProcess(id, args, { registry, context: { warn: (m) => warnings.push(m) } }) as DataCube;
  return { cube, warnings };
}

const square = (x: number, y: number, size: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});
const fields: Value = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", geometry: square(9, 50, 0.01), properties: { area: 1, crop: [3, 4] } },
    { type: "Feature", geometry: { type: "Point", coordinates: [9.5, 50.5] }, properties: { area: 2 } },
  ],
};
type Shape = { type: string; coordinates: number[][] };
const geometriesOf = (cube: DataCube) => (cube.dimensions[0]?.geometries ?? []) as Shape[];
const load = (properties: Value = []) => run("load_geojson", { data: fields, properties }).cube;
const utm = () => run("vector_reproject", { data: load(), projection: 32632 }).cube;

describe("load_geojson", () => {
  it("makes one geometry label per feature and a properties dimension", () => {
    const cube = load(["area", "missing"]);
    expect(cube.dimensions.map((d) => [d.name, d.type, d.labels])).toEqual([
      ["geometry", "geometry", [0, 1]],
      ["properties", "other", ["area", "missing"]],
    ]);
    expect([...cube.values]).toEqual([1, Number.NaN, 2, Number.NaN]);
    expect(load(["crop"]).dimensions[1]?.labels).toEqual([0, 1]);
  });

  it("refuses a GeometryCollection", () => {
    expect(() => run("load_geojson", { data: { type: "GeometryCollection", geometries: [] } })).toThrow(
      /not a GeometryCollection/,
    );
  });
});

describe("vector_reproject and the metric processes", () => {
  it("reprojects every vertex (9°E on the equator-free zone 32N lies at easting 500000)", () => {
    const point = utm().dimensions[0]?.geometries?.[0] as { coordinates: number[][][] };
    expect(point.coordinates[0]?.[0]?.[0]).toBeCloseTo(500000, 3);
    expect(utm().dimensions[0]?.referenceSystem).toBe(32632);
  });

  it("refuses distances in degrees with UnitMismatch", () => {
    expect(() => run("vector_buffer", { geometries: load(), distance: 10 })).toThrow(
      expect.objectContaining({ openeoCode: "UnitMismatch" }),
    );
    expect(() => run("vector_to_regular_points", { data: load(), distance: 10 })).toThrow(
      expect.objectContaining({ openeoCode: "UnitMismatch" }),
    );
  });

  it("samples regular points inside polygons and keeps points", () => {
    const { cube } = run("vector_to_regular_points", { data: utm(), distance: 200 });
    const [polygon, point] = geometriesOf(cube);
    expect(polygon?.type).toBe("MultiPoint");
    expect(polygon?.coordinates.length).toBeGreaterThan(10);
    expect(point?.coordinates).toHaveLength(1);
  });

  it("buffers a point into a polygon and warns that others become envelopes", () => {
    const { cube, warnings } = run("vector_buffer", { geometries: utm(), distance: 50 });
    expect(geometriesOf(cube)[1]?.type).toBe("Polygon");
    expect(warnings).toHaveLength(1);
  });
});

describe("vector_to_random_points and filter_vector", () => {
  it("is repeatable with a seed and checks total_count", () => {
    const once = run("vector_to_random_points", {
      data: load(),
      geometry_count: 3,
      seed: 7,
      group: false,
    }).cube;
    const twice = run("vector_to_random_points", {
      data: load(),
      geometry_count: 3,
      seed: 7,
      group: false,
    }).cube;
    expect(once.dimensions[0]?.geometries).toEqual(twice.dimensions[0]?.geometries);
    expect(once.dimensions[0]?.labels).toHaveLength(6);
    expect(() => run("vector_to_random_points", { data: load(), geometry_count: 1e9 })).toThrow(
      /at most 100000/,
    );
    expect(() => run("vector_to_random_points", { data: load(), total_count: 1 })).toThrow(
      expect.objectContaining({ openeoCode: "CountMismatch" }),
    );
  });

  it("keeps the geometries that intersect or lie within the base geometries", () => {
    const base = run("load_geojson", { data: square(8.9, 49.9, 0.5) }).cube;
    const within = run("filter_vector", { data: load(), geometries: base, relation: "within" }).cube;
    expect(within.dimensions[0]?.labels).toEqual([0]);
    const disjoint = run("filter_vector", { data: load(), geometries: base, relation: "disjoint" }).cube;
    expect(disjoint.dimensions[0]?.labels).toEqual([1]);
  });
});

describe("filter_bbox on a vector cube", () => {
  it("keeps the geometries fully within the box", () => {
    const { cube } = run("filter_bbox", {
      data: load(),
      extent: { west: 8.9, south: 49.9, east: 9.1, north: 50.1 },
    });
    expect(cube.dimensions[0]?.labels).toEqual([0]);
    const { cube: partial } = run("filter_bbox", {
      data: load(),
      extent: { west: 9.005, south: 49, east: 10, north: 51 },
    });
    expect(partial.dimensions[0]?.labels).toEqual([1]);
  });
});
