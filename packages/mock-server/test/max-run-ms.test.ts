import { afterEach, describe, expect, it, vi } from "vitest";
import { harness, saveResultGraph } from "./support.js";

/** saveResultGraph's cube reduced over time by a two-node reducer: its processes run once per pixel. */
function reducedPerPixel(): Record<string, unknown> {
  const { process_graph: graph } = saveResultGraph() as {
    process_graph: Record<string, Record<string, unknown>>;
  };
  const reducer = {
    process_graph: {
      first: { process_id: "array_element", arguments: { data: { from_parameter: "data" }, index: 0 } },
      twice: { process_id: "multiply", arguments: { x: { from_node: "first" }, y: 2 }, result: true },
    },
  };
  const reduce = {
    process_id: "reduce_dimension",
    arguments: { data: { from_node: "loadcollection1" }, reducer, dimension: "t" },
    result: true,
  };
  return { process_graph: { loadcollection1: graph.loadcollection1, reduce1: reduce } };
}

/** Date.now that moves 1 ms a call from the real time, so that a run's processes use up a budget by count. */
function tickingClock(): void {
  let now = Date.now();
  vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
}

afterEach(() => vi.restoreAllMocks());

describe("maxRunMs (--max-run-ms)", () => {
  it("fails a sync run that goes past its budget with RequestTimeout (408), naming the budget and the flag", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxRunMs: 50 });
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: reducedPerPixel() });
    tickingClock();
    const refused = await h.json("/result", { method: "POST", headers, body });
    expect(refused.status).toBe(408);
    expect(refused.body.code).toBe("RequestTimeout");
    expect(refused.body.message).toMatch(
      /went past its time budget.*gives a run 50 ms, set with --max-run-ms/,
    );
  });

  it("leaves a run within the default budget alone, and fails a job past its own with RequestTimeout in its log", async () => {
    const roomy = harness();
    const auth = { ...(await roomy.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: reducedPerPixel() });
    tickingClock();
    expect((await roomy.request("/result", { method: "POST", headers: auth, body })).status).toBe(200);
    const h = harness({ timing: { mode: "virtual" }, maxRunMs: 50 });
    const { id, headers, status } = await h.startJob({ process: reducedPerPixel() });
    expect(status).toBe(202);
    h.mock.clock.advance(10_000);
    expect((await h.json(`/jobs/${id}`, { headers })).body.status).toBe("error");
    const { logs } = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(logs).toContainEqual(expect.objectContaining({ code: "RequestTimeout", level: "error" }));
  });

  it("refuses a budget below 1 ms", () => {
    expect(() => harness({ maxRunMs: 0 })).toThrow(/maxRunMs/);
  });
});
