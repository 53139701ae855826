import { fromArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { createMockServer, type MockServerOptions } from "../src/index.js";
import { harness } from "./support.js";

/** 5.12 km square in UTM 32N, one band on one date, saved as GTiff: 512 pixels an axis at Sentinel-2's 10 m. */
const SQUARE_GRAPH = {
  process_graph: {
    load: {
      process_id: "load_collection",
      arguments: {
        id: "SENTINEL2_L2A",
        spatial_extent: { west: 600_000, south: 5_600_000, east: 605_120, north: 5_605_120, crs: 32632 },
        temporal_extent: ["2023-06-01", "2023-06-06"],
        bands: ["B04"],
      },
    },
    save: {
      process_id: "save_result",
      arguments: { data: { from_node: "load" }, format: "GTiff" },
      result: true,
    },
  },
};

async function syncSize(options: MockServerOptions): Promise<[number, number]> {
  const h = harness({ timing: { mode: "virtual" }, ...options });
  const headers = { ...(await h.auth()), "Content-Type": "application/json" };
  const body = JSON.stringify({ process: SQUARE_GRAPH });
  const answer = await h.request("/result", { method: "POST", headers, body });
  expect(answer.status).toBe(200);
  const image = await (await fromArrayBuffer(await answer.arrayBuffer())).getImage();
  return [image.getWidth(), image.getHeight()];
}

describe("maxPixelsPerAxis (--max-pixels-per-axis)", () => {
  it("samples 5.12 km on 256 pixels an axis by default and on 512 (10 m) when raised", async () => {
    expect(await syncSize({})).toEqual([256, 256]);
    expect(await syncSize({ maxPixelsPerAxis: 512 })).toEqual([512, 512]);
  });

  it("refuses a limit below one pixel", () => {
    for (const maxPixelsPerAxis of [0, 2.5, -1]) {
      expect(() => createMockServer({ maxPixelsPerAxis })).toThrow(
        `maxPixelsPerAxis must be a whole number ≥ 1, got ${maxPixelsPerAxis}.`,
      );
    }
  });
});
