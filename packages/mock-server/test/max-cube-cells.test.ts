import { describe, expect, it } from "vitest";
import { createMockServer } from "../src/index.js";
import { harness, saveResultGraph } from "./support.js";

/** A graph whose result is the loaded cube itself, so that the engine computes it (no save_result). */
function loadedCube(): Record<string, unknown> {
  const { process_graph: graph } = saveResultGraph() as {
    process_graph: Record<string, Record<string, unknown>>;
  };
  return { process_graph: { loadcollection1: { ...graph.loadcollection1, result: true } } };
}

/** The graph of {@link saveResultGraph} with its cube resampled to 0.0001° (about 10 m) before it is saved. */
function resampledToTenMetres(): Record<string, unknown> {
  const { process_graph: graph } = saveResultGraph() as {
    process_graph: Record<string, Record<string, unknown>>;
  };
  const resample = {
    process_id: "resample_spatial",
    arguments: { data: { from_node: "loadcollection1" }, resolution: 0.0001 },
  };
  const save = graph.saveresult1 as { arguments: Record<string, unknown> };
  const saved = { ...save, arguments: { ...save.arguments, data: { from_node: "resample1" } } };
  return {
    process_graph: { loadcollection1: graph.loadcollection1, resample1: resample, saveresult1: saved },
  };
}

const limitMessage = (limit: number) =>
  new RegExp(`more than the limit of ${limit};.*--max-cube-cells \\(option maxCubeCells\\)`);

/** Runs `process` as a batch job on a mock of 1000 cells at most: its final status, log and the job's id. */
async function runJob(process: Record<string, unknown>) {
  const h = harness({ timing: { mode: "virtual" }, maxCubeCells: 1000 });
  const { id, headers, status } = await h.startJob({ process });
  expect(status).toBe(202);
  h.mock.clock.advance(10_000);
  const job = (await h.json(`/jobs/${id}`, { headers })).body;
  const { logs } = (await h.json(`/jobs/${id}/logs`, { headers })).body;
  return { status: job.status, logs, results: () => h.json(`/jobs/${id}/results`, { headers }) };
}

describe("maxCubeCells (--max-cube-cells)", () => {
  it("samples a load above the limit on a coarser grid: the job finishes, its log names both resolutions and the limit", async () => {
    const { status, logs, results } = await runJob(saveResultGraph());
    expect(status).toBe("finished");
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^load_collection: 'SENTINEL2_L2A' is loaded at 0\.0256° instead of 0\.0032° \(20 × 10 pixels instead of 157 × 78\).*more than the limit of 1000 cells/,
        ),
      }),
    );
    const { assets } = (await results()).body;
    expect(Object.values(assets).map((asset) => (asset as { "proj:shape": number[] })["proj:shape"])).toEqual(
      [[10, 20]],
    );
  });

  it("refuses a synchronous run whose load exceeds the limit even at one pixel an axis, naming the limit and the flag", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxCubeCells: 1 });
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: loadedCube() });
    const refused = await h.json("/result", { method: "POST", headers, body });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("CubeTooLarge");
    expect(refused.body.message).toMatch(/even on 1 × 1 pixels of /);
    expect(refused.body.message).toMatch(limitMessage(1));
    const roomy = harness();
    const auth = { ...(await roomy.auth()), "Content-Type": "application/json" };
    expect((await roomy.request("/result", { method: "POST", headers: auth, body })).status).toBe(200);
  });

  it("fails a batch job whose process grows a sampled cube above the limit, its log naming the limit and the flag", async () => {
    const { status, logs } = await runJob(resampledToTenMetres());
    expect(status).toBe("error");
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "error",
        code: "CubeTooLarge",
        message: expect.stringMatching(limitMessage(1000)),
      }),
    );
    // the load fits, sampled at 20 × 10 pixels of 0.0256°; resample_spatial to 0.0001° would make 5120 × 2560
    expect(logs.at(-1).message).toMatch(/the result would hold 26214400 cells/);
  });

  it("refuses a limit below one cell", () => {
    for (const maxCubeCells of [0, 1.5, -1]) {
      expect(() => createMockServer({ maxCubeCells })).toThrow(
        `maxCubeCells must be a whole number ≥ 1, got ${maxCubeCells}.`,
      );
    }
  });
});
