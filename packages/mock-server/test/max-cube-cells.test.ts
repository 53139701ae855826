import { describe, expect, it } from "vitest";
import { createMockServer } from "../src/index.js";
import { harness, saveResultGraph, udfGraph } from "./support.js";

/** A graph whose result is the loaded cube itself, so that the engine computes it (no save_result). */
function loadedCube(): Record<string, unknown> {
  const { process_graph: graph } = saveResultGraph() as {
    process_graph: Record<string, Record<string, unknown>>;
  };
  return { process_graph: { loadcollection1: { ...graph.loadcollection1, result: true } } };
}

const LIMIT_MESSAGE = /more than the limit of 1000;.*--max-cube-cells \(option maxCubeCells\)/;

describe("maxCubeCells (--max-cube-cells)", () => {
  it("refuses a synchronous run whose cube is above the limit with CubeTooLarge, naming the limit and the flag", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxCubeCells: 1000 });
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: loadedCube() });
    const refused = await h.json("/result", { method: "POST", headers, body });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("CubeTooLarge");
    expect(refused.body.message).toMatch(LIMIT_MESSAGE);
    const roomy = harness();
    const auth = { ...(await roomy.auth()), "Content-Type": "application/json" };
    expect((await roomy.request("/result", { method: "POST", headers: auth, body })).status).toBe(200);
  });

  it("fails a batch job that computes a cube above the limit, its log naming the limit and the flag", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxCubeCells: 1000 });
    const { id, headers, status } = await h.startJob({ process: udfGraph() });
    expect(status).toBe(202);
    h.mock.clock.advance(10_000);
    expect((await h.json(`/jobs/${id}`, { headers })).body.status).toBe("error");
    const { logs } = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "error",
        code: "CubeTooLarge",
        message: expect.stringMatching(LIMIT_MESSAGE),
      }),
    );
  });

  it("refuses a limit below one cell", () => {
    for (const maxCubeCells of [0, 1.5, -1]) {
      expect(() => createMockServer({ maxCubeCells })).toThrow(
        `maxCubeCells must be a whole number ≥ 1, got ${maxCubeCells}.`,
      );
    }
  });
});
