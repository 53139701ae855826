import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MockOptionsError } from "../src/index.js";
import { cliFailure } from "./start-cli.js";
import { harness } from "./support.js";

const number = { type: "number" };
/** A definition of `add` as a back-end might word it, with a parameter description the engine does not have. */
const ADD = {
  id: "add",
  summary: "Sum of two numbers (as this back-end words it)",
  description: "Adds y to x.",
  categories: ["math"],
  parameters: [
    { name: "x", description: "The first summand.", schema: number },
    { name: "y", description: "The second summand.", schema: number },
  ],
  returns: { description: "x + y", schema: number },
};
/** A back-end's own process the engine does not implement. */
const CUSTOM = {
  id: "vendor_smooth",
  description: "Smooths a cube the vendor's way.",
  parameters: [{ name: "data", description: "A cube.", schema: { type: "object", subtype: "datacube" } }],
  returns: { description: "The smoothed cube.", schema: { type: "object", subtype: "datacube" } },
};

/** Listed only by id: calls to processes the engine has are checked with the engine's definitions. */
const bare = (id: string) => ({ id, parameters: [], returns: { schema: {} } });

function folderOf(files: Record<string, unknown>): string {
  const folder = mkdtempSync(join(tmpdir(), "jobkit-processes-"));
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(folder, name), typeof value === "string" ? value : JSON.stringify(value));
  return folder;
}

const graphCalling = (process_id: string, args: Record<string, unknown>) => ({
  process_graph: { n: { process_id, arguments: args, result: true } },
});

describe("the processes option (--processes)", () => {
  it("lists exactly the processes of a folder of definitions, verbatim", async () => {
    const folder = folderOf({ "add.json": ADD, "vendor_smooth.json": CUSTOM, "README.md": "not read" });
    mkdirSync(join(folder, "proposals"));
    const h = harness({ timing: { mode: "virtual" }, processes: folder });
    const { body } = await h.json("/processes");
    expect(body.processes).toEqual([ADD, CUSTOM]);
  });

  it("runs the listed processes the engine has, refuses the unlisted, runs the others shape-only with a warning", async () => {
    const page = join(
      folderOf({
        "page.json": { processes: [ADD, CUSTOM, bare("load_collection"), bare("save_result")], links: [] },
      }),
      "page.json",
    );
    const h = harness({ timing: { mode: "virtual" }, processes: [page] });
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const sync = async (process: unknown) =>
      h.json("/result", { method: "POST", headers, body: JSON.stringify({ process }) });
    expect((await sync(graphCalling("add", { x: 1, y: 2 }))).body).toBe(3);
    const unlisted = await sync(graphCalling("subtract", { x: 1, y: 2 }));
    expect([unlisted.status, unlisted.body.code]).toEqual([400, "ProcessUnsupported"]);
    const process = {
      process_graph: {
        load: {
          process_id: "load_collection",
          arguments: {
            id: "SENTINEL2_L2A",
            spatial_extent: { west: 5, south: 50, east: 5.05, north: 50.05 },
            temporal_extent: ["2021-01-01", "2021-01-06"],
            bands: ["B04"],
          },
        },
        smooth: { process_id: "vendor_smooth", arguments: { data: { from_node: "load" } } },
        save: {
          process_id: "save_result",
          arguments: { data: { from_node: "smooth" }, format: "GTiff" },
          result: true,
        },
      },
    };
    const { id, status } = await h.startJob({ process });
    expect(status).toBe(202);
    h.mock.clock.advance(10_000);
    const { body } = await h.json(`/jobs/${id}/logs`, { headers });
    expect(body.logs).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringContaining("vendor_smooth: the mock does not implement"),
      }),
    );
  });

  it("takes a filter_bbox after a shape-only process into the load, as its result is its first cube unchanged", async () => {
    const listed = [CUSTOM, ...["load_collection", "filter_bbox", "save_result"].map(bare)];
    const page = join(folderOf({ "page.json": { processes: listed, links: [] } }), "page.json");
    const h = harness({ timing: { mode: "virtual" }, processes: [page] });
    const headers = await h.auth();
    const box = { west: 5, south: 50, east: 5.002, north: 50.001 };
    const load = { id: "SENTINEL2_L2A", spatial_extent: null, temporal_extent: ["2021-01-01", "2021-01-06"] };
    const process = {
      process_graph: {
        load: { process_id: "load_collection", arguments: { ...load, bands: ["B04"] } },
        smooth: { process_id: "vendor_smooth", arguments: { data: { from_node: "load" } } },
        cut: { process_id: "filter_bbox", arguments: { data: { from_node: "smooth" }, extent: box } },
        save: {
          process_id: "save_result",
          arguments: { data: { from_node: "cut" }, format: "JSON" },
          result: true,
        },
      },
    };
    const { id } = await h.startJob({ process });
    h.mock.clock.advance(10_000);
    const { body } = await h.json(`/jobs/${id}/results`, { headers });
    const cube = await (
      await h.request(body.assets["result.json"].href.replace("http://localhost", ""))
    ).json();
    // the box on the finest grid (0.0001°), not the whole coverage on a grid too coarse to have a pixel in it
    expect([cube.dimensions.x.values.length, cube.dimensions.y.values.length]).toEqual([20, 10]);
  });

  it("takes a later source's definition of the same id", async () => {
    const first = join(folderOf({ "a.json": { processes: [ADD] } }), "a.json");
    const second = join(folderOf({ "b.json": { processes: [{ ...ADD, summary: "Later." }] } }), "b.json");
    const { body } = await harness({ processes: [first, second] }).json("/processes");
    expect(body.processes.map((process: { summary: string }) => process.summary)).toEqual(["Later."]);
  });

  it("refuses a bad source with a one-line error naming the file and the entry", () => {
    const folder = folderOf({
      "broken.json": "{ not json",
      "page.json": { processes: [{ id: "x", parameters: [] }] },
    });
    const cases: [string, string][] = [
      [join(folder, "broken.json"), `${join(folder, "broken.json")} is not JSON`],
      [join(folder, "page.json"), `${join(folder, "page.json")}: processes[0] needs returns with a schema`],
      [join(folder, "missing.json"), `${join(folder, "missing.json")} cannot be read`],
      [folderOf({}), "is a folder without *.json process definitions"],
    ];
    for (const [source, message] of cases) {
      let thrown: unknown;
      try {
        harness({ processes: source });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, source).toBeInstanceOf(MockOptionsError);
      expect((thrown as Error).message).toContain(message);
      expect((thrown as Error).message).not.toContain("\n");
    }
  });

  it("makes the CLI exit with 2 and one line for a bad --processes file", () => {
    const file = join(folderOf({ "bad.json": { processes: "none" } }), "bad.json");
    const { status, stderr } = cliFailure(["--port", "0", "--processes", file]);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      `jobkit-mock: processes: ${file} is not a saved process list: it needs a "processes" array.`,
    );
  }, 15_000);
});
