import { describe, expect, it } from "vitest";
import { harness } from "./support.js";

/** The official workflow tests' 100 m square in UTM zone 32N (openeo-test-suite's `bounding_box_32632_10x10`). */
const SQUARE = { west: 680000, east: 680100, south: 5151500, north: 5151600, crs: "EPSG:32632" };
const DAY_MS = 86_400_000;

/** The observation dates the mock computes for SENTINEL2_L2A over `SQUARE` from `start` to `end` (exclusive). */
async function observations(h: ReturnType<typeof harness>, start: string, end: string): Promise<unknown[]> {
  const load = {
    process_id: "load_collection",
    arguments: { id: "SENTINEL2_L2A", spatial_extent: SQUARE, temporal_extent: [start, end], bands: ["B04"] },
    result: true,
  };
  const response = await h.request("/result", {
    method: "POST",
    headers: { ...(await h.auth()), "Content-Type": "application/json" },
    body: JSON.stringify({ process: { process_graph: { load } } }),
  });
  const text = await response.text();
  expect(response.status, `${start}..${end}: ${text.slice(0, 200)}`).toBe(200);
  // the cube's JSON form writes its no-data as the bare NaN Python reads (docs/decisions/0007)
  const cube = JSON.parse(text.replaceAll("NaN", "null")) as { dimensions: { t: { values: unknown[] } } };
  return cube.dimensions.t.values;
}

describe("synthetic Sentinel-2 revisit", () => {
  it("puts exactly one observation in every two-day window, as the official workflow tests' one-day cube needs", async () => {
    const h = harness();
    // the suite's `temporal_interval_one_day`, then every two-day window starting in June 2022
    expect(await observations(h, "2022-06-01", "2022-06-03")).toHaveLength(1);
    for (let day = 0; day < 30; day++) {
      const start = new Date(Date.UTC(2022, 5, 1) + day * DAY_MS).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2022, 5, 3) + day * DAY_MS).toISOString().slice(0, 10);
      expect(await observations(h, start, end), `${start}..${end}`).toHaveLength(1);
    }
  });

  it("lists the same step in the collection's cube:dimensions as the dates two days apart it computes", async () => {
    const h = harness();
    const collection = await h.json("/collections/SENTINEL2_L2A");
    expect(collection.body["cube:dimensions"].t.step).toBe("P2D");
    const dates = (await observations(h, "2022-06-01", "2022-06-11")) as string[];
    const gaps = dates
      .slice(1)
      .map((date, i) => (Date.parse(date) - Date.parse(dates[i] as string)) / DAY_MS);
    expect(gaps).toEqual([2, 2, 2, 2]);
  });
});
