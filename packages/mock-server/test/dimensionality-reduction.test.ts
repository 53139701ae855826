import { readFileSync } from "node:fs";
import h5wasm from "h5wasm";
import { describe, expect, it } from "vitest";
import { backendHarness } from "./corpus/backend-harness.js";
import { assetProblem, type Expectation } from "./corpus/expectation.js";
import { openAsset } from "./corpus/open-asset.js";
import { type Harness, harness } from "./support.js";

const CORPUS = new URL("./corpus/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, CORPUS), "utf8"));
const expectations = read("expectations.json") as Record<string, Expectation>;
const GRAPHS = [1, 2, 3, 4].map(
  (n) => `community-examples/DimensionalityReduction__Dimensionality_Reduction-${n}`,
);

type Node = { process_id: string; arguments: Record<string, unknown> };
type LogEntry = { level: string; message: string };

/**
 * A community example as published, on a month and 300 m × 300 m of its box (EPSG:3035), which fit the mock's
 * cube limit: the year and 1.5 km it loads hold 49 million cells (see its reason in corpus/expectations.json).
 */
function smallerGraph(name: string): { process_graph: Record<string, Node> } {
  const graph = read(`graphs/${name}.json`);
  for (const node of Object.values(graph.process_graph) as Node[]) {
    if (node.process_id !== "load_collection") continue;
    const box = node.arguments.spatial_extent as { west: number; south: number };
    node.arguments.spatial_extent = { ...box, east: box.west + 300, north: box.south + 300 };
    node.arguments.temporal_extent = ["2021-06-01", "2021-07-01"];
  }
  return graph;
}

const official = harness({ timing: { mode: "virtual" }, catalog: new URL("catalog.json", CORPUS).pathname });
const cdse = backendHarness(official, "cdse", CORPUS, {});

/** The warnings of a finished job; fails when it did not finish or logged an error. */
async function warningsOf(h: Harness, id: string, headers: Record<string, string>): Promise<string[]> {
  const logs = (await h.json(`/jobs/${id}/logs`, { headers })).body.logs as LogEntry[];
  expect(logs.filter((entry) => entry.level === "error")).toEqual([]);
  return logs.filter((entry) => entry.level === "warning").map((entry) => entry.message);
}

describe("the community's Dimensionality_Reduction, on a month (CDSE's processes)", () => {
  // 8 statistics over t per band (one of them quantiles in array_create) into the 13-label bands, renamed to 104
  it.each(GRAPHS)(
    "%s runs end to end with the bands its expectation names, with warnings",
    async (name) => {
      const h = await cdse;
      const { id, headers, status } = await h.startJob({ process: smallerGraph(name) });
      expect(status).toBe(202);
      h.mock.clock.advance(60_000);
      expect(await warningsOf(h, id, headers)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^apply_dimension: target dimension 'bands' exists with 13 labels/),
          expect.stringMatching(/^apply_dimension: the process returned arrays among its values/),
        ]),
      );
      const assets = (await h.json(`/jobs/${id}/results`, { headers })).body.assets;
      const [file, asset] = Object.entries(assets)[0] as [string, { href: string; type: string }];
      const bytes = new Uint8Array(await (await h.request(asset.href)).arrayBuffer());
      await h5wasm.ready;
      const opened = await openAsset({ name: file, type: asset.type, bytes });
      const expected = expectations[name] as Expectation;
      expect(assetProblem(expected, opened)).toBeUndefined();
      expect(opened.bandCount).toBe(expected.bands?.length);
    },
    60_000,
  );
});
