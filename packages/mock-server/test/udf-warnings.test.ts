import { describe, expect, it } from "vitest";
import { harness, ONE_DATE_TIFF, saveResultGraph, udfGraph } from "./support.js";

const isUdfWarning = (entry: { level: string; message: string }) =>
  entry.level === "warning" && /^run_udf: UDFs are not executed/.test(entry.message);

describe("run_udf, which the engine only shapes", () => {
  it("finishes a batch job whose log warns that the UDF was not executed", async () => {
    const h = harness();
    const { id, headers, status } = await h.startJob({ process: udfGraph() });
    expect(status).toBe(202);
    h.mock.clock.advance(10_000);
    const job = (await h.json(`/jobs/${id}`, { headers })).body;
    expect(job.status).toBe("finished");
    const { logs } = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(logs.filter(isUdfWarning)).toHaveLength(1);
    expect(Object.keys((await h.json(`/jobs/${id}/results`, { headers })).body.assets)).toEqual([
      ONE_DATE_TIFF,
    ]);
  });

  it("answers a synchronous run with its file and the warning in the monitor log", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const response = await h.request("/result", {
      method: "POST",
      headers,
      body: JSON.stringify({ process: udfGraph() }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/tiff/);
    const { logs } = (await h.json("/result/logs/r-1", { headers })).body;
    expect(logs.filter(isUdfWarning)).toHaveLength(1);
  });

  it("logs the warning once when the run answers a value, though the UDF is called per pixel", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const { process_graph: graph } = udfGraph() as { process_graph: Record<string, Record<string, unknown>> };
    const { saveresult1: _, ...unsaved } = graph;
    const body = JSON.stringify({
      process: {
        process_graph: { ...unsaved, applydimension1: { ...unsaved.applydimension1, result: true } },
      },
    });
    expect((await h.request("/result", { method: "POST", headers, body })).status).toBe(200);
    const { logs } = (await h.json("/result/logs/r-1", { headers })).body;
    expect(logs.filter(isUdfWarning)).toHaveLength(1);
  });

  it("logs no warning for a graph without a shape-only process", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph() });
    h.mock.clock.advance(10_000);
    const { logs } = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(logs.map((entry: { level: string }) => entry.level)).not.toContain("warning");
  });
});
