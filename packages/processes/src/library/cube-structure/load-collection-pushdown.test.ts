import { describe, expect, it } from "vitest";
import type { CollectionInfo } from "../../cube/collection-catalog.js";
import type { DataCube } from "../../cube/data-cube.js";
import { runProcess } from "../../graph/evaluate-graph.js";
import { runProcessGraph } from "../../graph/run-process-graph.js";
import { createProcessRegistry } from "../../process-registry.js";
import type { Value } from "../../value.js";

// 0.01° a side: the finest grid (0.0001°, 100 × 100 pixels) covers it, so a narrowed load and the whole one
// share their pixels; a year of dates every 5 days and 4 bands: 2.92 M cells in all.
const small: CollectionInfo = {
  id: "SMALL",
  bands: ["B02", "B03", "B04", "B08"],
  bbox: [5, 51, 5.01, 51.01],
  interval: ["2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z"],
};
const collections = new Map([["SMALL", small]]);
const registry = createProcessRegistry();
/** Above what the filters keep, below the whole collection. */
const LIMIT = 100_000;

type Node = { process_id: string; arguments: Record<string, unknown>; result?: boolean };
const june = ["2020-06-01", "2020-07-01"];
/** About 5.0025–5.0066 °E, 51.0033–51.0071 °N, given in UTM zone 31N as a user would. */
const utmBox = { west: 640_500, south: 5_652_100, east: 640_780, north: 5_652_520, crs: 32631 };
const triangle = {
  type: "Polygon",
  coordinates: [
    [
      [5.001, 51.001],
      [5.004, 51.001],
      [5.001, 51.005],
      [5.001, 51.001],
    ],
  ],
};

/** load_collection of SMALL (no extent), then each filter in turn, the last one the result. */
function chain(
  load: Record<string, unknown>,
  filters: [string, Record<string, unknown>][],
): Record<string, Node> {
  const graph: Record<string, Node> = {
    load: {
      process_id: "load_collection",
      arguments: { id: "SMALL", spatial_extent: null, temporal_extent: null, ...load },
    },
  };
  filters.forEach(([process_id, args], index) => {
    const data = { from_node: index === 0 ? "load" : `f${index - 1}` };
    graph[`f${index}`] = { process_id, arguments: { data, ...args }, result: index === filters.length - 1 };
  });
  return graph;
}

/** The same steps one process at a time: the whole collection loaded, then filtered (no limit in the way). */
function loadThenFilter(load: Record<string, unknown>, filters: [string, Record<string, unknown>][]): Value {
  const env = { registry, context: { warn: () => {}, collections, maxCubeCells: 2 ** 30 } };
  const args = {
    id: "SMALL",
    spatial_extent: null,
    temporal_extent: null,
    bands: null,
    properties: null,
    ...load,
  };
  let cube = runProcess("load_collection", args as Record<string, Value>, env);
  for (const [id, filterArgs] of filters)
    cube = runProcess(id, { data: cube, ...filterArgs } as Record<string, Value>, env);
  return cube;
}

function run(
  graph: Record<string, Node>,
  parameters: Record<string, Value> = {},
  warnings: string[] = [],
  limit = LIMIT,
): DataCube {
  const context = { warn: (message: string) => warnings.push(message), collections, maxCubeCells: limit };
  return runProcessGraph({ process_graph: graph }, { registry, context, parameters }) as DataCube;
}

/** A one-node callback of `process_id` over `from` (`x` or `data`), with further arguments. */
function callback(process_id: string, from: string, args: Record<string, unknown> = {}) {
  const node = { process_id, arguments: { [from]: { from_parameter: from }, ...args }, result: true };
  return { process_graph: { [process_id]: node } };
}

/** `id` of SMALL, loaded whole (no extents), with `bands`. */
function loadWhole(bands: string[]): Node {
  const args = { id: "SMALL", spatial_extent: null, temporal_extent: null, bands };
  return { process_id: "load_collection", arguments: args };
}

const monthlyMean = (from: string): Node => ({
  process_id: "aggregate_temporal_period",
  arguments: { data: { from_node: from }, period: "month", reducer: callback("mean", "data") },
});

/** 0.002° a side: 20 × 20 pixels of SMALL's 100 × 100. */
const corner = { west: 5.001, south: 51.001, east: 5.003, north: 51.003 };
/** 0.002° a side inside SMALL, away from its edges: a narrowed load there starts off the 8-pixel tiles' grid. */
const inside = { west: 5.0043, south: 51.0043, east: 5.0063, north: 51.0063 };

/**
 * Two loads of SMALL masked, reduced to months, merged with a third, scaled and reduced over bands, and only then
 * cut to a corner or `box` (`filter_bbox` last), as notebooks write it: `between` (its `data` read from `merge`) is spliced
 * in before the reduce over bands.
 */
function filteredLast(between?: Node, box = corner): Record<string, Node> {
  const graph: Record<string, Node> = {
    reflectance: loadWhole(["B02", "B04"]),
    nir: loadWhole(["B08"]),
    bright: {
      process_id: "apply",
      arguments: { data: { from_node: "nir" }, process: callback("gt", "x", { y: 0.5 }) },
    },
    masked: {
      process_id: "mask",
      arguments: { data: { from_node: "reflectance" }, mask: { from_node: "bright" } },
    },
    monthly: monthlyMean("masked"),
    green: loadWhole(["B03"]),
    greenMonthly: monthlyMean("green"),
    merge: {
      process_id: "merge_cubes",
      arguments: { cube1: { from_node: "monthly" }, cube2: { from_node: "greenMonthly" } },
    },
    scaled: {
      process_id: "apply",
      arguments: {
        data: { from_node: between ? "between" : "merge" },
        process: callback("multiply", "x", { y: 2 }),
      },
    },
    bandsMean: {
      process_id: "reduce_dimension",
      arguments: { data: { from_node: "scaled" }, dimension: "bands", reducer: callback("mean", "data") },
    },
    cut: {
      process_id: "filter_bbox",
      arguments: { data: { from_node: "bandsMean" }, extent: box },
      result: true,
    },
  };
  if (between) graph.between = between;
  return graph;
}

/** Whether a load of the graph was sampled coarser to fit `limit`: nothing narrowed it (see sampled-grid). */
function sampledWhole(graph: Record<string, Node>, limit = LIMIT): boolean {
  const warnings: string[] = [];
  run(graph, {}, warnings, limit);
  return warnings.some((warning) =>
    new RegExp(`is loaded at .*more than the limit of ${limit}`).test(warning),
  );
}

/** The graph with one more reader of `merge`: nothing can be pushed past it, so every load is whole. */
function unpushed(graph: Record<string, Node>): Record<string, Node> {
  const labels = {
    process_id: "dimension_labels",
    arguments: { data: { from_node: "merge" }, dimension: "t" },
  };
  return { ...graph, labels };
}

describe("load_collection takes the filters that only narrow its result into the load", () => {
  it("loads only what filter_temporal, filter_bbox (another CRS) and filter_bands keep, with the same result", () => {
    const filters: [string, Record<string, unknown>][] = [
      ["filter_temporal", { extent: june }],
      ["filter_bbox", { extent: utmBox }],
      ["filter_bands", { bands: ["B08", "B02"] }],
    ];
    const cube = run(chain({}, filters));
    expect(cube.dimensions[1]?.labels).toEqual(["B08", "B02"]);
    expect(cube.values.length).toBeGreaterThan(6 * 2 * 30 * 30);
    expect(cube).toEqual(loadThenFilter({}, filters));
  });

  it("meets the load's own extent with filter_temporal's and blanks what filter_spatial's polygon leaves out", () => {
    const load = { temporal_extent: ["2020-06-10", "2020-09-01"], bands: ["B04"] };
    const filters: [string, Record<string, unknown>][] = [
      ["filter_spatial", { geometries: triangle }],
      ["filter_temporal", { extent: june }],
    ];
    const cube = run(chain(load, filters));
    expect(cube.dimensions[0]?.labels).toEqual([
      "2020-06-14T00:00:00Z",
      "2020-06-19T00:00:00Z",
      "2020-06-24T00:00:00Z",
      "2020-06-29T00:00:00Z",
    ]);
    expect(cube.values.some(Number.isNaN)).toBe(true);
    expect(cube).toEqual(loadThenFilter(load, filters));
  });

  it("takes extents given as parameters of the process, as a user-defined process passes them", () => {
    const filters: [string, Record<string, unknown>][] = [
      ["filter_temporal", { extent: { from_parameter: "when" } }],
    ];
    const graph = chain({ spatial_extent: { west: 5, south: 51, east: 5.002, north: 51.002 } }, filters);
    const cube = run(graph, { when: june });
    expect(cube).toEqual(
      loadThenFilter({ spatial_extent: { west: 5, south: 51, east: 5.002, north: 51.002 } }, [
        ["filter_temporal", { extent: june }],
      ]),
    );
  });

  it("loads the whole collection, sampled to fit the limit, when something else reads the unfiltered cube, or the load is the result", () => {
    const filters: [string, Record<string, unknown>][] = [
      ["filter_temporal", { extent: june }],
      ["filter_bands", { bands: ["B02"] }],
    ];
    const narrowed: string[] = [];
    expect(run(chain({}, filters), {}, narrowed).dimensions[0]?.labels).toHaveLength(6);
    expect(narrowed).toEqual([]);
    const whole =
      /^load_collection: 'SMALL' is loaded at 0\.0008° instead of 0\.0001° .*74 dates × 4 bands.*more than the limit of 100000/;
    const alsoRead = chain({}, filters);
    alsoRead.labels = {
      process_id: "dimension_labels",
      arguments: { data: { from_node: "load" }, dimension: "t" },
    };
    const alsoReadWarnings: string[] = [];
    run(alsoRead, {}, alsoReadWarnings);
    expect(alsoReadWarnings).toEqual([expect.stringMatching(whole)]);
    const loadIsResult = chain({}, filters);
    (loadIsResult.load as Node).result = true;
    (loadIsResult.f1 as Node).result = false;
    const resultWarnings: string[] = [];
    expect((run(loadIsResult, {}, resultWarnings) as DataCube).dimensions[0]?.labels).toHaveLength(74);
    expect(resultWarnings).toEqual([expect.stringMatching(whole)]);
  });

  it("stops at a filter it cannot take, which then reports its own error where it stands", () => {
    const small = { west: 5, south: 51, east: 5.001, north: 51.001 };
    const filters: [string, Record<string, unknown>][] = [
      ["filter_bbox", { extent: small }],
      ["filter_temporal", { extent: ["2020-07-01", "2020-06-01"] }],
    ];
    expect(() => run(chain({}, filters))).toThrow(
      expect.objectContaining({ openeoCode: "TemporalExtentEmpty", pointer: "/process_graph/f1" }),
    );
  });
});

describe("load_collection takes a filter_bbox from behind processes that keep cells in place", () => {
  it("loads only the corner through apply, mask, aggregate_temporal_period, merge_cubes and reduce_dimension, with the result of loading everything", () => {
    const graph = filteredLast();
    expect(sampledWhole(unpushed(graph))).toBe(true);
    expect(sampledWhole(graph)).toBe(false);
    const cube = run(graph);
    expect(cube.dimensions.map((dimension) => [dimension.name, dimension.labels.length])).toEqual([
      ["t", 12],
      ["y", 20],
      ["x", 20],
    ]);
    expect(cube.values.some((value) => !Number.isNaN(value))).toBe(true);
    expect(cube).toEqual(run(unpushed(graph), {}, [], 2 ** 30));
  });

  it("through apply_dimension over t, not over x, nor a process that reads neighbours or moves pixels, nor to two filters", () => {
    const overTime: Node = {
      process_id: "apply_dimension",
      arguments: { data: { from_node: "merge" }, dimension: "t", process: callback("cumsum", "data") },
    };
    const pushed = filteredLast(overTime);
    expect(sampledWhole(pushed)).toBe(false);
    expect(run(pushed)).toEqual(run(unpushed(pushed), {}, [], 2 ** 30));
    const overX = { ...overTime, arguments: { ...overTime.arguments, dimension: "x" } };
    expect(sampledWhole(filteredLast(overX))).toBe(true);
    const neighbours: Node = {
      process_id: "apply_kernel",
      arguments: {
        data: { from_node: "merge" },
        kernel: [
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ],
      },
    };
    expect(sampledWhole(filteredLast(neighbours))).toBe(true);
    const resampled: Node = {
      process_id: "resample_spatial",
      arguments: { data: { from_node: "merge" }, resolution: 0.0002 },
    };
    expect(sampledWhole(filteredLast(resampled))).toBe(true);
    const twoBoxes = filteredLast();
    twoBoxes.other = {
      process_id: "filter_bbox",
      arguments: { data: { from_node: "merge" }, extent: corner },
    };
    expect(sampledWhole(twoBoxes)).toBe(true);
  });

  it("through apply_neighborhood with the margin its tiles and overlap read, its tiles on the global grid", () => {
    const runsAlongX = {
      process_graph: {
        sums: {
          process_id: "apply_dimension",
          arguments: {
            data: { from_parameter: "data" },
            dimension: "x",
            process: callback("cumsum", "data"),
          },
          result: true,
        },
      },
    };
    const px = (dimension: string, value: number) => ({ dimension, value, unit: "px" });
    const tiles: Node = {
      process_id: "apply_neighborhood",
      arguments: {
        data: { from_node: "merge" },
        process: runsAlongX,
        size: [px("x", 8), px("y", 8), { dimension: "t", value: null }],
        overlap: [px("x", 2), px("y", 2)],
      },
    };
    const limit = 400_000;
    const pushed = filteredLast(tiles, inside);
    expect(sampledWhole(unpushed(pushed), limit)).toBe(true);
    expect(sampledWhole(pushed, limit)).toBe(false);
    const cube = run(pushed, {}, [], limit);
    expect(cube.values.some((value) => !Number.isNaN(value))).toBe(true);
    expect(cube).toEqual(run(unpushed(pushed), {}, [], 2 ** 30));
    const wholeRows = { ...tiles, arguments: { ...tiles.arguments, size: [px("y", 8)] } };
    expect(sampledWhole(filteredLast(wholeRows, inside), limit)).toBe(true);
  });
});
