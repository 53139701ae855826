import { createSchemaValidator, DEFAULT_API_VERSION } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

const V120 = "/openeo/1.2.0";
const contract = createSchemaValidator(DEFAULT_API_VERSION, { jobkitExtras: true });

describe("openEO API 1.3.0 behaviour", () => {
  it("sets queued, started and updated on the mock clock, in order after created", async () => {
    const h = harness({ timing: { mode: "virtual", queuedMs: 1000, runningMs: 3000 } });
    h.mock.clock.advance(500);
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(10_000);
    const job = (await h.json(`/jobs/${id}`, { headers })).body;
    const created = Date.parse(job.created);
    expect(Date.parse(job.queued) - created).toBe(0);
    expect(Date.parse(job.started) - created).toBe(1000);
    expect(Date.parse(job.updated) - created).toBe(4000);
    expect(job.unpublished).toBeUndefined();
    expect(contract.validate("batch_job", job)).toEqual([]);
  });

  it("unpublishes results after the retention: the job says when, results and downloads answer 410", async () => {
    const h = harness({
      timing: { mode: "virtual", queuedMs: 0, runningMs: 1000 },
      results: { retentionMs: 5000 },
    });
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(2000);
    const results = await h.json(`/jobs/${id}/results`, { headers });
    expect(results.status).toBe(200);
    const href = Object.values(results.body.assets as Record<string, { href: string }>)[0]?.href as string;
    h.mock.clock.advance(5000);
    const job = (await h.json(`/jobs/${id}`, { headers })).body;
    expect(Date.parse(job.unpublished) - Date.parse(job.updated)).toBe(5000);
    const gone = await h.json(`/jobs/${id}/results`, { headers });
    expect([gone.status, gone.body.code]).toEqual([410, "ResultLinkExpired"]);
    expect(gone.body.message).toContain("start the job again");
    expect((await h.json(new URL(href).pathname)).status).toBe(410);
    expect(h.mock.store.get(id)?.files).toEqual([]);
  });

  it("puts a stacktrace on the error entries of a failed job on 1.3.0 only, and a level on its 424", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph("GTiff", "NOPE") });
    h.mock.clock.advance(10_000);
    const errors = (await h.json(`/jobs/${id}/logs?level=error`, { headers })).body.logs;
    expect(errors[0].stacktrace).toEqual([
      { category: "process", node_id: "loadcollection1", process_id: "load_collection" },
    ]);
    const legacy = (await h.json(`${V120}/jobs/${id}/logs?level=error`, { headers })).body.logs;
    expect(legacy[0].stacktrace).toBeUndefined();
    const failed = await h.json(`/jobs/${id}/results`, { headers });
    expect([failed.status, failed.body.level, failed.body.code]).toEqual([
      424,
      "error",
      "CollectionNotFound",
    ]);
  });

  it("lists logs from debug by default on 1.3.0 and from info on 1.2.0", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph(), log_level: "debug" });
    const job = h.mock.store.get(id);
    expect(job?.logs.length).toBeGreaterThan(0);
    const v130 = (await h.json(`/jobs/${id}/logs`, { headers })).body.logs;
    const v120 = (await h.json(`${V120}/jobs/${id}/logs`, { headers })).body.logs;
    expect(v130.length).toBe(job?.logs.length);
    expect(v130.some((entry: { level: string }) => entry.level === "debug")).toBe(true);
    expect(v120).toEqual(v130.filter((entry: { level: string }) => entry.level !== "debug"));
  });

  it("sends OpenEO-Identifier on POST /result under 1.3.0 and its monitor link names the same id", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: saveResultGraph("JSON") });
    const response = await h.request("/result", { method: "POST", headers, body });
    const id = response.headers.get("OpenEO-Identifier");
    expect(id).toBeTruthy();
    expect(response.headers.get("Link")).toContain(`/result/logs/${id}>`);
    const legacy = await h.request(`${V120}/result`, { method: "POST", headers, body });
    expect(legacy.headers.get("OpenEO-Identifier")).toBeNull();
  });

  it("keeps partial=true in the canonical link, generated anew per request, and serves it", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(1500);
    const first = (await h.json(`/jobs/${id}/results?partial=true`, { headers })).body;
    const canonical = first.links.find((link: { rel: string }) => link.rel === "canonical").href as string;
    expect(new URL(canonical).searchParams.get("partial")).toBe("true");
    h.mock.clock.advance(100);
    const second = (await h.json(`/jobs/${id}/results?partial=true`, { headers })).body;
    expect(second.links.find((link: { rel: string }) => link.rel === "canonical").href).not.toBe(canonical);
    const url = new URL(canonical);
    const served = await h.json(`${url.pathname}${url.search}`);
    expect([served.status, served.body.properties["openeo:status"]]).toEqual([200, "running"]);
  });

  it("accepts the basic token sent plain on 1.3.0 (as @openeo/js-client does) and legacy basic// on both", async () => {
    const h = harness();
    const legacy = await h.auth();
    const token = String(legacy.Authorization).replace("Bearer basic//", "");
    const plain = { Authorization: `Bearer ${token}` };
    expect((await h.json("/me", { headers: plain })).status).toBe(200);
    expect((await h.json("/me", { headers: legacy })).status).toBe(200);
    expect((await h.json(`${V120}/me`, { headers: legacy })).status).toBe(200);
    const refused = await h.json(`${V120}/me`, { headers: plain });
    expect([refused.status, refused.body.code]).toEqual([403, "TokenInvalid"]);
    const unknown = await h.json("/me", { headers: { Authorization: "Bearer not-a-token" } });
    expect([unknown.status, unknown.body.code]).toEqual([403, "TokenInvalid"]);
  });
});
