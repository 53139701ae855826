import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { backendHarness } from "./corpus/backend-harness.js";
import { assetProblem, type Expectation, mediaTypeOf } from "./corpus/expectation.js";
import { narrowExtents } from "./corpus/narrow-extents.js";
import { openAsset } from "./corpus/open-asset.js";
import { runGraph } from "./corpus/run-graph.js";
import { type Harness, harness } from "./support.js";

// Real-world graphs (test/corpus/README.md): each runs as a batch job on the mock, every asset is downloaded and
// opened in its format's reader, and what the reader sees is held against what the graph implies.
const CORPUS = new URL("./corpus/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, CORPUS), "utf8"));
const manifest = read("manifest.json") as { graph: string }[];
const expectations = read("expectations.json") as Record<string, Expectation>;
/**
 * The published processes graphs call by URL (test/corpus/README.md), answered offline from their copies in
 * process-urls/, as a user without network would start the mock.
 */
const PROCESS_URLS = {
  allowProcessUrls: [
    "https://raw.githubusercontent.com/ESA-APEx/apex_algorithms/",
    "https://raw.githubusercontent.com/Open-EO/openeo-community-examples/",
  ],
  processUrlMirrors: {
    "https://raw.githubusercontent.com/": new URL("process-urls/raw.githubusercontent.com", CORPUS).pathname,
  },
};
/** Each run's budget (--max-run-ms), as a CI would set it: the longest graph here takes a few seconds. */
const MAX_RUN_MS = 20_000;
const h = harness({
  timing: { mode: "virtual" },
  catalog: new URL("catalog.json", CORPUS).pathname,
  maxRunMs: MAX_RUN_MS,
  ...PROCESS_URLS,
});
const backends = new Map<string, Promise<Harness>>();

/** The mock a graph runs on: the one of the back-end it was written for, if it names one (see Expectation). */
function mockFor({ backend }: Expectation): Promise<Harness> {
  if (backend === undefined) return Promise.resolve(h);
  const started =
    backends.get(backend) ?? backendHarness(h, backend, CORPUS, { ...PROCESS_URLS, maxRunMs: MAX_RUN_MS });
  backends.set(backend, started);
  return started;
}

/** Why the graph does not run end to end as expected; undefined when it does. */
async function problemOf(name: string, expected: Expectation): Promise<string | undefined> {
  let assets: Awaited<ReturnType<typeof runGraph>>;
  try {
    const graph = read(`graphs/${name}.json`);
    assets = await runGraph(await mockFor(expected), expected.narrow ? narrowExtents(graph) : graph);
  } catch (error) {
    return (error as Error).message;
  }
  if (assets.length < (expected.results ?? 1))
    return `${assets.length} assets, expected ${expected.results ?? 1}`;
  for (const asset of assets) {
    if (expected.format && !asset.type.startsWith(mediaTypeOf(expected.format)))
      return `${asset.name} is ${asset.type}`;
    try {
      const problem = assetProblem(expected, await openAsset(asset));
      if (problem) return `${asset.name}: ${problem}`;
    } catch (error) {
      return `${asset.name} does not open: ${(error as Error).message}`;
    }
  }
  return undefined;
}

/**
 * The budget of one graph: a few community graphs load SENTINEL2_L2A, which the corpus catalogue observes every 2
 * days, over three months, and run a callback per pixel and date (about 20 s on a loaded 2-core machine).
 */
const GRAPH_BUDGET_MS = 60_000;

/** A graph that is a known failure or wrong fails with the part of the answer that shows its reason. */
async function failsForItsReason(graph: string): Promise<void> {
  const expected = expectations[graph] as Expectation;
  expect(await problemOf(graph, expected)).toContain(expected.failsWith);
}

const byStatus = (status: Expectation["status"]) =>
  manifest.map(({ graph }) => graph).filter((graph) => expectations[graph]?.status === status);

describe("the corpus of real-world graphs", () => {
  it("has an expectation, written from reading it, for every graph of the manifest and nothing else", () => {
    expect(Object.keys(expectations).sort()).toEqual(manifest.map(({ graph }) => graph).sort());
    for (const [graph, expected] of Object.entries(expectations))
      if (expected.status !== "runs") {
        expect(expected.reason, graph).toMatch(/\w/);
        expect(expected.failsWith, graph).toMatch(/\w/);
      }
  });

  it.each(byStatus("runs"))(
    "%s runs end to end with what the graph implies",
    async (graph) => {
      expect(await problemOf(graph, expectations[graph] as Expectation)).toBeUndefined();
    },
    GRAPH_BUDGET_MS,
  );

  // each fails for its reason: when one passes, or fails for another reason, the list is no longer true
  it.each(byStatus("known-failure"))(
    "%s is a known failure (remove it from the list when it passes)",
    failsForItsReason,
    GRAPH_BUDGET_MS,
  );

  it.each(byStatus("wrong"))("%s is itself wrong and is refused", failsForItsReason, GRAPH_BUDGET_MS);
});
