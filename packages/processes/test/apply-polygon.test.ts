import { describe, expect, it } from "vitest";
import { type Geometry, vectorCube } from "../src/cube/vector-cube.js";
import { DataCube, type Dimension, runProcessGraph } from "../src/index.js";
import { cubeInspector, cubeOf, runOn } from "./cube-callbacks-helpers.js";

const plus1000 = (cube: DataCube) =>
  new DataCube(
    cube.dimensions,
    cube.values.map((v) => v + 1000),
  );
const { tester, registry, process } = cubeInspector(plus1000);
const seen = tester.seen;
const Y3: Dimension = { name: "y", type: "spatial", axis: "y", labels: [2, 1, 0] };
const X3: Dimension = { name: "x", type: "spatial", axis: "x", labels: [0, 1, 2] };
const cube = cubeOf([Y3, X3], [0, 1, 2, 10, 11, 12, 20, 21, 22]);
// Covers the centres (0, 2), (1, 2) and (0, 1), not (1, 1): rows 0-1, columns 0-1 without the pixel (row 1, col 1).
const triangle = {
  type: "Polygon",
  coordinates: [
    [
      [-0.5, 0.5],
      [-0.5, 2.5],
      [1.8, 2.5],
      [-0.5, 0.5],
    ],
  ],
};
const corner = {
  type: "Polygon",
  coordinates: [
    [
      [1.5, -0.5],
      [2.5, -0.5],
      [2.5, 0.5],
      [1.5, 0.5],
      [1.5, -0.5],
    ],
  ],
};

describe("apply_polygon", () => {
  it("runs the process on each polygon's extent with the pixels outside masked, and keeps only the pixels inside", () => {
    seen.length = 0;
    const geometries = vectorCube([triangle, corner] as Geometry[]);
    const args = { geometries: { from_parameter: "geometries" }, process, mask_value: -1 };
    const result = runOn(registry, "apply_polygon", cube, args, [], { geometries }) as DataCube;
    expect(seen[0]?.dimensions.map((d) => d.labels)).toEqual([
      [2, 1],
      [0, 1],
    ]);
    expect([...(seen[0]?.values ?? [])]).toEqual([0, 1, 10, -1]);
    expect([...(seen[1]?.values ?? [])]).toEqual([22]);
    expect([...result.values]).toEqual([1000, 1001, -1, 1010, -1, -1, -1, -1, 1022]);
  });

  it("fails with GeometriesOverlap when a pixel lies in two polygons", () => {
    const geometries = vectorCube([triangle, triangle] as Geometry[]);
    const args = { geometries: { from_parameter: "geometries" }, process };
    const run = () => runOn(registry, "apply_polygon", cube, args, [], { geometries });
    expect(run).toThrow(expect.objectContaining({ openeoCode: "GeometriesOverlap" }));
  });

  describe("with GeoJSON geometries, as the Python client sends them", () => {
    const scene = { type: "datacube" };
    // y × x = 2 × 2 in EPSG:4326 around (10.5, 45.5); the polygon covers the western column
    const lonLat = cubeOf(
      [
        { name: "y", type: "spatial", axis: "y", labels: [45.75, 45.25], referenceSystem: 4326 },
        { name: "x", type: "spatial", axis: "x", labels: [10.25, 10.75], referenceSystem: 4326 },
      ],
      [1, 2, 3, 4],
    );
    const west = {
      type: "Polygon",
      coordinates: [
        [
          [10, 45],
          [10.5, 45],
          [10.5, 46],
          [10, 46],
          [10, 45],
        ],
      ],
    };
    const feature = { type: "Feature", properties: { id: 1 }, geometry: west };
    const graph = (geometries: unknown) => ({
      process_graph: {
        polygons: {
          process_id: "apply_polygon",
          arguments: { data: { from_parameter: "cube" }, geometries, process, mask_value: -1 },
          result: true,
        },
      },
    });

    it.each([
      ["a Polygon", west],
      ["a Feature", feature],
      ["a FeatureCollection", { type: "FeatureCollection", features: [feature] }],
    ])("validates and runs %s, as the definition's text lists it", (_, geometries) => {
      const result = runProcessGraph(graph(geometries), {
        registry,
        parameters: { cube: lonLat },
      }) as DataCube;
      expect([...result.values]).toEqual([1001, -1, 1003, -1]);
    });

    it("still refuses what is neither a vector cube nor GeoJSON", () => {
      expect(() => runProcessGraph(graph(scene), { registry, parameters: { cube: lonLat } })).toThrow(
        /'datacube' is not a GeoJSON geometry/,
      );
    });
  });
});
