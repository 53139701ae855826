import { describe, expect, it } from "vitest";
import type { CollectionInfo } from "../../cube/collection-catalog.js";
import type { DataCube } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import type { ProcessContext } from "../../process-entry.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

const s2: CollectionInfo = {
  id: "S2",
  bands: ["B02", "B04", "B08"],
  bbox: [5, 45, 15, 55],
  interval: ["2020-01-01T00:00:00Z", null],
};
const registry = createProcessRegistry();

function load(args: Record<string, Value>, extra: Partial<ProcessContext> = {}) {
  const warnings: string[] = [];
  const context = { warn: (m: string) => warnings.push(m), collections: new Map([["S2", s2]]), ...extra };
  const cube = runProcess("load_collection", { id: "S2", ...args }, { registry, context }) as DataCube;
  return { cube, warnings };
}

const bbox = { west: 404860, south: 5757470, east: 404900, north: 5757500, crs: 25832 };
const june: Value = ["2020-06-01", "2020-06-16"];

describe("load_collection", () => {
  it("makes [bands, y, x] without dates for a collection that is not temporal, whatever the time asked", () => {
    const dem = {
      ...s2,
      interval: ["2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z"] as const,
      temporal: false,
    };
    const collections = new Map([["S2", dem]]);
    const { cube } = load({ spatial_extent: bbox, temporal_extent: june }, { collections });
    expect(cube.dimensions.map((d) => d.name)).toEqual(["bands", "y", "x"]);
  });

  it("takes a band by its common name, every band of that name, in the order asked", () => {
    const named = { ...s2, commonNames: { nir: ["B08"], visible: ["B02", "B04"] } };
    const collections = new Map([["S2", named]]);
    const { cube } = load(
      { spatial_extent: bbox, temporal_extent: june, bands: ["nir", "visible"] },
      { collections },
    );
    expect(cube.dimensions[1]?.labels).toEqual(["B08", "B02", "B04"]);
    expect(cube.dimensions[1]?.commonNames).toEqual({ B08: "nir", B02: "visible", B04: "visible" });
    expect(() =>
      load({ spatial_extent: bbox, temporal_extent: june, bands: ["red"] }, { collections }),
    ).toThrow(/has no band 'red'/);
  });

  it("makes [t, bands, y, x] with dates every 5 days and the asked bands in order", () => {
    const { cube } = load({ spatial_extent: bbox, temporal_extent: june, bands: ["B08", "B02"] });
    expect(cube.dimensions.map((d) => d.name)).toEqual(["t", "bands", "y", "x"]);
    expect(cube.dimensions[0]?.labels).toEqual([
      "2020-06-04T00:00:00Z",
      "2020-06-09T00:00:00Z",
      "2020-06-14T00:00:00Z",
    ]);
    expect(cube.dimensions[1]?.labels).toEqual(["B08", "B02"]);
    expect(cube.dimensions[2]?.labels).toEqual([5757495, 5757485, 5757475]);
    expect(cube.dimensions[3]?.labels).toEqual([404865, 404875, 404885, 404895]);
    expect(cube.dimensions[3]?.referenceSystem).toBe("EPSG:25832");
    expect(cube.values.every((value) => Number.isInteger(value) && value >= 0 && value < 10000)).toBe(true);
  });

  it("takes its dates every stepDays days of the collection's description, from the collection's start", () => {
    const datesEvery = (stepDays: number) => {
      const collections = new Map([["S2", { ...s2, stepDays }]]);
      const { cube } = load(
        { spatial_extent: bbox, temporal_extent: ["2020-06-01", "2020-06-05"] },
        { collections },
      );
      return cube.dimensions[0]?.labels;
    };
    expect(datesEvery(1)).toEqual([
      "2020-06-01T00:00:00Z",
      "2020-06-02T00:00:00Z",
      "2020-06-03T00:00:00Z",
      "2020-06-04T00:00:00Z",
    ]);
    // 2020-06-01 is day 152 after 2020-01-01: even, so a 2-day cadence observes it
    expect(datesEvery(2)).toEqual(["2020-06-01T00:00:00Z", "2020-06-03T00:00:00Z"]);
  });

  it("refuses a collection described with a cadence that is no whole number of days ≥ 1", () => {
    for (const stepDays of [0, -1, 1.5, Number.NaN]) {
      const collections = new Map([["S2", { ...s2, stepDays }]]);
      expect(() => load({ spatial_extent: bbox, temporal_extent: june }, { collections })).toThrow(
        expect.objectContaining({
          openeoCode: "Internal",
          message: expect.stringMatching(/collection 'S2'/),
        }),
      );
    }
  });

  it("gives a pixel the same value whatever extent it is loaded with", () => {
    const wide = load({ spatial_extent: bbox, temporal_extent: june }).cube;
    const narrow = load({ spatial_extent: { ...bbox, west: 404880 }, temporal_extent: june }).cube;
    const again = load({ spatial_extent: bbox, temporal_extent: june }).cube;
    expect([...again.values]).toEqual([...wide.values]);
    // narrow has x 404885, 404895: the last two of wide's four columns.
    expect(narrow.values[0]).toBe(wide.values[2]);
    expect(narrow.values[1]).toBe(wide.values[3]);
    expect(wide.values[0]).not.toBe(wide.values[1]);
  });

  it("blanks the pixels outside GeoJSON polygons", () => {
    const triangle = {
      type: "Polygon",
      coordinates: [
        [
          [10, 50],
          [10.001, 50],
          [10, 50.001],
          [10, 50],
        ],
      ],
    };
    const { cube } = load({ spatial_extent: triangle, temporal_extent: june, bands: ["B04"] });
    const nan = [...cube.values].filter(Number.isNaN).length;
    expect(nan).toBeGreaterThan(0);
    expect(nan).toBeLessThan(cube.values.length);
  });

  it("names unknown collections, unknown bands and empty extents", () => {
    const context = { warn: () => {}, collections: new Map([["S2", s2]]) };
    const run = (args: Record<string, Value>) => () =>
      runProcess("load_collection", args, { registry, context });
    expect(run({ id: "L8", spatial_extent: bbox, temporal_extent: june })).toThrow(
      expect.objectContaining({ openeoCode: "CollectionNotFound", status: 404 }),
    );
    expect(() => load({ spatial_extent: bbox, temporal_extent: june, bands: ["B99"] })).toThrow(
      /no band 'B99'/,
    );
    expect(() => load({ spatial_extent: bbox, temporal_extent: ["2019-01-01", "2019-02-01"] })).toThrow(
      expect.objectContaining({ openeoCode: "NoDataAvailable" }),
    );
    expect(() => load({ spatial_extent: bbox, temporal_extent: ["2020-02-01", "2020-01-01"] })).toThrow(
      expect.objectContaining({ openeoCode: "TemporalExtentEmpty" }),
    );
  });

  it("grids a wide extent at most maxPixelsPerAxis pixels an axis, 256 unless the caller sets it", () => {
    const square = { west: 600_000, south: 5_600_000, east: 605_120, north: 5_605_120, crs: 32632 };
    const sides = (cube: DataCube) =>
      cube.dimensions.filter((d) => d.type === "spatial").map((d) => d.labels.length);
    const coarse = load({ spatial_extent: square, temporal_extent: june, bands: ["B04"] }).cube;
    expect(sides(coarse)).toEqual([256, 256]);
    const native = load(
      { spatial_extent: square, temporal_extent: june, bands: ["B04"] },
      { maxPixelsPerAxis: 512 },
    ).cube;
    expect(sides(native)).toEqual([512, 512]);
  });

  it("samples a load above maxCubeCells on a coarser grid that fits, keeping its dates and bands, and warns", () => {
    const square = { west: 600_000, south: 5_600_000, east: 605_120, north: 5_605_120, crs: 32632 };
    const args = { spatial_extent: square, temporal_extent: june };
    const full = load(args).cube;
    const { cube, warnings } = load(args, { maxCubeCells: 100_000 });
    expect(full.values.length).toBe(3 * 3 * 256 * 256);
    expect(cube.values.length).toBe(3 * 3 * 64 * 64);
    expect(cube.dimensions.slice(0, 2)).toEqual(full.dimensions.slice(0, 2));
    expect(cube.dimensions.slice(2).map((d) => [d.labels.length, d.step])).toEqual([
      [64, 80],
      [64, 80],
    ]);
    expect(cube.dimensions[3]?.labels[0]).toBe(600_040);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^load_collection: 'S2' is loaded at 80 m instead of 20 m \(64 × 64 pixels instead of 256 × 256\).*3 dates × 3 bands.*589824 cells, more than the limit of 100000/,
      ),
    ]);
    expect(load(args, { maxCubeCells: 3 * 3 * 256 * 256 }).warnings).toEqual([]);
  });

  it("samples a load of degrees in degrees, down to one pixel an axis", () => {
    const { cube, warnings } = load({ spatial_extent: null, temporal_extent: june }, { maxCubeCells: 9 });
    expect(cube.dimensions.slice(2).map((d) => d.labels.length)).toEqual([1, 1]);
    expect(warnings[0]).toMatch(
      /^load_collection: 'S2' is loaded at 6\.5536° instead of 0\.0512° \(1 × 1 pixels instead of 195 × 195\)/,
    );
  });

  it("refuses a load that exceeds maxCubeCells even at one pixel an axis, naming the limit, and warns about properties", () => {
    expect(() => load({ spatial_extent: null, temporal_extent: june }, { maxCubeCells: 8 })).toThrow(
      expect.objectContaining({
        openeoCode: "CubeTooLarge",
        message: expect.stringMatching(
          /load_collection: 'S2' would hold 9 cells \(3 dates × 3 bands\) even on 1 × 1 pixels of 6\.5536°, more than the limit of 8; use a shorter temporal extent or fewer bands/,
        ),
      }),
    );
    const { warnings } = load({ spatial_extent: bbox, temporal_extent: june, properties: {} });
    expect(warnings).toEqual([expect.stringContaining("'properties' filters are ignored")]);
  });
});
