import { describe, expect, it } from "vitest";
import { createMockServer, MockCatalogError } from "../src/index.js";
import { harness, saveResultGraph } from "./support.js";

/** A catalogue collection from 2021-01-01 to 2021-03-01 whose temporal dimension has `step`. */
function cadenced(id: string, step: unknown): Record<string, unknown> {
  return {
    stac_version: "1.0.0",
    type: "Collection",
    id,
    description: "A collection whose temporal dimension gives its cadence.",
    license: "proprietary",
    extent: {
      spatial: { bbox: [[2, 49, 7, 52]] },
      temporal: { interval: [["2021-01-01T00:00:00Z", "2021-03-01T00:00:00Z"]] },
    },
    "cube:dimensions": {
      x: { type: "spatial", axis: "x", extent: [2, 7] },
      y: { type: "spatial", axis: "y", extent: [49, 52] },
      t: { type: "temporal", extent: ["2021-01-01T00:00:00Z", "2021-03-01T00:00:00Z"], step },
      bands: { type: "bands", values: ["B04"] },
    },
    links: [],
  };
}

const DAY_MS = 86_400_000;

/** The days between consecutive dates (ISO strings), each once. */
function gaps(dates: readonly string[]): number[] {
  const times = dates.map((date) => Date.parse(date));
  return [...new Set(times.slice(1).map((time, index) => (time - (times[index] ?? 0)) / DAY_MS))];
}

/** The dates of a job's JSON result that loads `id` over [2021-01-01, 2021-01-11). */
async function jobDates(h: ReturnType<typeof harness>, id: string): Promise<string[]> {
  const process = saveResultGraph("JSON", id, { west: 5, south: 50, east: 5.001, north: 50.001 });
  const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
  Object.assign(graph.loadcollection1?.arguments ?? {}, { temporal_extent: ["2021-01-01", "2021-01-11"] });
  const { id: job, headers } = await h.startJob({ process });
  h.mock.clock.advance(10_000);
  const results = await h.json(`/jobs/${job}/results`, { headers });
  expect(results.status).toBe(200);
  const href = results.body.assets["result.json"].href.replace("http://localhost", "");
  return (await (await h.request(href)).json()).dimensions.t.values;
}

describe("a catalogue collection's cadence (the step of its temporal dimension)", () => {
  const catalog = [[cadenced("DAILY", "P1D"), cadenced("EVERY_2", "P2D")]];

  it.each([
    ["DAILY", "P1D", 1],
    ["EVERY_2", "P2D", 2],
  ])(
    "gives %s, published with step %s, a date every %i days in job results and Items",
    async (id, step, days) => {
      const h = harness({ timing: { mode: "virtual" }, catalog });
      const described = await h.json(`/collections/${id}`);
      expect(described.body["cube:dimensions"].t.step).toBe(step);
      const dates = await jobDates(h, id);
      expect(dates[0]).toBe("2021-01-01T00:00:00Z");
      expect([dates.length, gaps(dates)]).toEqual([10 / days, [days]]);
      const items = (await h.json(`/collections/${id}/items?limit=100`)).body.features.map(
        (item: { properties: { datetime: string } }) => item.properties.datetime,
      );
      // 2021-01-01 to 2021-03-01, both ends included: 59 days
      expect([items[0], items.length, gaps(items)]).toEqual([
        "2021-01-01T00:00:00.000Z",
        Math.floor(59 / days) + 1,
        [days],
      ]);
    },
  );

  it("reads whole days written in weeks or hours, and every 5 days without a step", async () => {
    const h = harness({
      timing: { mode: "virtual" },
      catalog: [[cadenced("WEEKS", "P1W"), cadenced("HOURS", "PT48H"), cadenced("UNKNOWN", null)]],
    });
    expect(gaps(await jobDates(h, "WEEKS"))).toEqual([7]);
    expect(gaps(await jobDates(h, "HOURS"))).toEqual([2]);
    expect(gaps(await jobDates(h, "UNKNOWN"))).toEqual([5]);
  });

  it("refuses at start a step that is no whole number of days, naming where it is", () => {
    const bad = ["P1M", "PT1H", "P0D", "P1.5D", "1 day"];
    let error: unknown;
    try {
      createMockServer({ catalog: [bad.map((step, index) => cadenced(`BAD_${index}`, step))] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockCatalogError);
    const { problems } = error as MockCatalogError;
    expect(problems).toHaveLength(bad.length);
    bad.forEach((step, index) => {
      expect(problems[index]).toMatch(
        `catalog[0]: [${index}].cube:dimensions.t.step: "${step}" is not a whole`,
      );
    });
  });
});
