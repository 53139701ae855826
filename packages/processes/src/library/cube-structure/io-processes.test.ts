import { describe, expect, it } from "vitest";
import type { CollectionCatalog } from "../../cube/collection-catalog.js";
import { DataCube } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import { runProcessGraph } from "../../graph/run-process-graph.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

const registry = createProcessRegistry();
function run(id: string, args: Record<string, Value>, maxCubeCells?: number) {
  const warnings: string[] = [];
  const limit = maxCubeCells === undefined ? {} : { maxCubeCells };
  const value = runProcess(id, args, { registry, context: { warn: (m) => warnings.push(m), ...limit } });
  return { value, warnings };
}

describe("stac_modify", () => {
  it("applies a JSON merge patch: nested merge, null removes, arrays replace", () => {
    const data = { id: "a", properties: { x: 1, y: 2 }, links: [1] };
    const { value } = run("stac_modify", { data, changes: { properties: { y: null, z: 3 }, links: [] } });
    expect(value).toEqual({ id: "a", properties: { x: 1, z: 3 }, links: [] });
    expect(data.properties).toEqual({ x: 1, y: 2 });
  });
});

describe("the offline stand-ins", () => {
  it("load_stac gives the asked bands and dates, and warns", () => {
    const bbox = { west: 10, south: 50, east: 10.001, north: 50.001 };
    const { value, warnings } = run("load_stac", {
      url: "https://example.com/item.json",
      spatial_extent: bbox,
      temporal_extent: ["2020-06-01", "2020-06-11"],
      bands: ["B04"],
    });
    const cube = value as DataCube;
    expect(cube.dimensions.map((d) => d.labels.length)).toEqual([2, 1, 10, 10]);
    expect(warnings[0]).toMatch(/is not read offline/);
  });

  it("load_stac samples a cube above maxCubeCells on a coarser grid, as load_collection does", () => {
    const args = {
      url: "https://example.com/item.json",
      spatial_extent: { west: 10, south: 50, east: 10.001, north: 50.001 },
      temporal_extent: ["2020-06-01", "2020-06-11"],
      bands: ["B04"],
    };
    const { value, warnings } = run("load_stac", args, 50);
    const cube = value as DataCube;
    expect(cube.dimensions.map((d) => d.labels.length)).toEqual([2, 1, 5, 5]);
    expect(cube.dimensions.slice(0, 2)).toEqual(
      (run("load_stac", args).value as DataCube).dimensions.slice(0, 2),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^load_stac: 'https:\/\/example.com\/item.json' is loaded at 0\.0002° instead of 0\.0001°/,
      ),
    );
  });

  it("load_url reads vector formats as an empty vector cube and rasters without time", () => {
    const vector = run("load_url", { url: "https://x/a.geojson", format: "GeoJSON" }).value as DataCube;
    expect(vector.dimensions.map((d) => d.type)).toEqual(["geometry"]);
    const raster = run("load_uploaded_files", { paths: ["a.tif"], format: "GTiff" }).value as DataCube;
    expect(raster.dimensions.map((d) => d.name)).toEqual(["bands", "y", "x"]);
    expect(() => run("load_uploaded_files", { paths: [], format: "GTiff" })).toThrow(/at least one file/);
  });

  it("save_result describes the result; export_collection checks the id", () => {
    const cube = new DataCube([{ name: "b", type: "bands", labels: ["x"] }], Float64Array.of(1));
    const { value } = run("save_result", { data: cube, format: "GTiff" });
    expect(value).toMatchObject({ type: "Feature", assets: { result: { href: "result.gtiff" } } });
    expect(run("export_collection", { data: {}, collection: "my/results" }).value).toBe("my/results");
    expect(() => run("export_collection", { data: {}, collection: "no spaces" })).toThrow(
      /not a valid collection id/,
    );
  });
});

describe("save_result and context.saveResult", () => {
  const cube = new DataCube([{ name: "b", type: "bands", labels: ["x"] }], Float64Array.of(1));

  it("hands the saved cube, the format as given and the options to the caller", () => {
    const saved: unknown[] = [];
    const context = { warn: () => {}, saveResult: (...args: unknown[]) => saved.push(args) };
    runProcess("save_result", { data: cube, format: "netcdf", options: { a: 1 } }, { registry, context });
    expect(saved).toEqual([[cube, "netcdf", { a: 1 }]]);
  });

  it("is called once per save_result node of a graph, the result node's and the others'", () => {
    const formats: string[] = [];
    const collections: CollectionCatalog = {
      get: (id) => ({ id, bands: ["B1", "B2"], bbox: [0, 0, 1, 1], interval: ["2020-01-01", null] }),
    };
    const save = (format: string, result?: true) => ({
      process_id: "save_result",
      arguments: { data: { from_node: "load" }, format },
      ...(result ? { result } : {}),
    });
    const load = { id: "C", spatial_extent: { west: 0, south: 0, east: 0.001, north: 0.001 } };
    runProcessGraph(
      {
        process_graph: {
          load: {
            process_id: "load_collection",
            arguments: { ...load, temporal_extent: ["2020-01-01", "2020-01-11"] },
          },
          tif: save("GTiff"),
          nc: save("netCDF", true),
        },
      },
      {
        registry,
        context: {
          collections,
          saveResult: (saved, format) => formats.push(`${format}:${saved.dimensions.length}`),
        },
      },
    );
    expect(formats.sort()).toEqual(["GTiff:4", "netCDF:4"]);
  });
});
