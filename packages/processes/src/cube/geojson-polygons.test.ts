import { describe, expect, it } from "vitest";
import { intersectsPolygon, polygonsOf } from "./geojson-polygons.js";

const square = [
  [
    [0, 0],
    [0, 10],
    [10, 10],
    [10, 0],
    [0, 0],
  ],
  [
    [4, 4],
    [4, 6],
    [6, 6],
    [6, 4],
    [4, 4],
  ],
] as [number, number][][];

describe("polygonsOf", () => {
  it("collects polygons from features, collections and multipolygons, skipping empty features", () => {
    const collection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "MultiPolygon", coordinates: [square, square] },
          properties: {},
        },
        { type: "Feature", geometry: null, properties: {} },
      ],
    };
    expect(polygonsOf(collection)).toHaveLength(2);
  });

  it("refuses points where polygons are needed", () => {
    expect(() => polygonsOf({ type: "Point", coordinates: [1, 2] })).toThrow(/only polygons/);
  });
});

describe("intersectsPolygon", () => {
  it("counts the boundary as intersecting and a hole's inside as not", () => {
    expect(intersectsPolygon(square, [1, 1])).toBe(true);
    expect(intersectsPolygon(square, [0, 5])).toBe(true);
    expect(intersectsPolygon(square, [5, 5])).toBe(false);
    expect(intersectsPolygon(square, [4, 5])).toBe(true);
    expect(intersectsPolygon(square, [11, 5])).toBe(false);
  });
});
