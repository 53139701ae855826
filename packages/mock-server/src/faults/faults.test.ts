import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type Harness, harness, ONE_DATE_TIFF, saveResultGraph } from "../../test/support.js";

describe("request faults", () => {
  it("answers an injected error with the openEO body and Retry-After", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/jobs" }, action: { type: "error", status: 429, retryAfter: 7 } });
    const response = await h.json("/jobs", { headers: await h.auth() });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.body).toMatchObject({ code: "TooManyRequests", links: [] });
    expect(h.mock.journal.entries().at(-1)).toMatchObject({ method: "GET", path: "/jobs", status: 429 });
    h.mock.faults.clear();
    h.mock.faults.add({
      action: { type: "error", status: 502, code: "UpstreamDown", message: "upstream down" },
    });
    expect((await h.json("/")).body).toMatchObject({ code: "UpstreamDown", message: "upstream down" });
  });

  it("matches method, path globs, user and job id, and applies only `times` times", async () => {
    const h = harness();
    const a = await h.createJob();
    const b = await h.createJob();
    const alice = await h.auth();
    const bob = await h.auth("bob");
    h.mock.faults.add({
      match: { method: "GET", path: "/jobs/*/logs", jobId: a },
      times: 2,
      action: { type: "error", status: 500 },
    });
    h.mock.faults.add({ match: { user: "bob" }, action: { type: "error", status: 503 } });
    expect((await h.json(`/jobs/${b}/logs`, { headers: alice })).status).toBe(200);
    expect((await h.json(`/jobs/${a}`, { headers: alice })).status).toBe(200);
    expect((await h.json(`/jobs/${a}/logs`, { headers: alice })).status).toBe(500);
    expect((await h.json(`/jobs/${a}/logs`, { headers: alice })).status).toBe(500);
    expect((await h.json(`/jobs/${a}/logs`, { headers: alice })).status).toBe(200);
    expect((await h.json("/me", { headers: bob })).status).toBe(503);
    expect((await h.json("/me", { headers: alice })).status).toBe(200);
    expect(h.mock.faults.list()).toHaveLength(1);
    h.mock.faults.add({ match: { path: "/jobs/**" }, action: { type: "error", status: 500 } });
    expect((await h.json(`/jobs/${a}/results`, { headers: alice })).status).toBe(500);
    expect((await h.json("/jobs", { headers: alice })).status).toBe(200);
  });

  it("still answers a job id with broken %-encoding with JobNotFound while faults are installed", async () => {
    const h = harness();
    const headers = await h.auth();
    h.mock.faults.add({ match: { jobId: "j-1" }, action: { type: "error", status: 500 } });
    const job = await h.json("/jobs/%E0%A4%A", { headers });
    expect([job.status, job.body.code]).toEqual([404, "JobNotFound"]);
    expect((await h.json("/download/%E0%A4%A/1/2/3")).status).toBe(403);
  });

  it("skips the first matching requests with skip, then applies times", async () => {
    const h = harness();
    const headers = await h.auth();
    h.mock.faults.add({ match: { path: "/me" }, skip: 1, times: 1, action: { type: "error", status: 500 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await h.request("/me", { headers })).status);
    expect(statuses).toEqual([200, 500, 200, 200]);
  });

  it("matches CORS preflights and HEAD requests, and can strip CORS headers", async () => {
    const h = harness();
    h.mock.faults.add({ match: { method: "OPTIONS" }, times: 1, action: { type: "error", status: 500 } });
    expect((await h.request("/jobs", { method: "OPTIONS" })).status).toBe(500);
    expect((await h.request("/jobs", { method: "OPTIONS" })).status).toBe(204);
    h.mock.faults.add({
      match: { method: "HEAD", path: "/" },
      times: 1,
      action: { type: "error", status: 503 },
    });
    expect((await h.request("/", { method: "GET" })).status).toBe(200);
    expect((await h.request("/", { method: "HEAD" })).status).toBe(503);
    h.mock.faults.add({
      match: { path: "/conformance" },
      action: {
        type: "override",
        headers: { remove: ["Access-Control-Allow-Origin", "Access-Control-Expose-Headers"] },
      },
    });
    const stripped = await h.request("/conformance", { headers: { Origin: "https://a.example" } });
    expect(stripped.headers.get("access-control-allow-origin")).toBeNull();
    expect(stripped.headers.get("access-control-expose-headers")).toBeNull();
    const origin = { headers: { Origin: "https://a.example" } };
    expect((await h.request("/file_formats", origin)).headers.get("access-control-allow-origin")).toBe(
      "https://a.example",
    );
  });

  it("hits a seeded share of requests with probability, the same for the same seed", async () => {
    const run = async (seed: number) => {
      const h = harness({ seed, timing: { mode: "virtual" } });
      h.mock.faults.add({ probability: 0.5, action: { type: "error", status: 500 } });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await h.request("/conformance")).status);
      return statuses;
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
    const failures = first.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
  });

  it("delays a response by real time", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/conformance" }, action: { type: "delay", ms: 60 } });
    const started = performance.now();
    expect((await h.request("/conformance")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("resets the connection: in process the request rejects and nothing is created", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    h.mock.faults.add({ match: { method: "POST", path: "/jobs" }, times: 1, action: { type: "reset" } });
    await expect(
      h.request("/jobs", { method: "POST", headers, body: JSON.stringify({ process: saveResultGraph() }) }),
    ).rejects.toThrow(/connection reset/);
    expect(h.mock.store.size).toBe(0);
    expect(h.mock.journal.entries().at(-1)).toMatchObject({ method: "POST", path: "/jobs", status: 0 });
  });

  it("truncates a body while Content-Length claims the full size", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/processes" }, action: { type: "truncate", bytes: 100 } });
    const full = JSON.stringify(await (await harness().request("/processes")).json());
    const response = await h.request("/processes");
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBe(new TextEncoder().encode(full).byteLength);
    await expect(response.arrayBuffer()).rejects.toThrow(/truncated after 100 bytes/);
  });

  it("sends malformed JSON with the real status", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/me" }, action: { type: "malformed-json" } });
    const response = await h.request("/me", { headers: await h.auth() });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it("overrides status, headers and body pointers", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    h.mock.faults.add({
      match: { method: "POST", path: "/jobs" },
      action: { type: "override", status: 200, headers: { remove: ["Location"], set: { "X-Test": "1" } } },
    });
    h.mock.faults.add({
      match: { path: "/" },
      action: {
        type: "override",
        body: { set: { "/api_version": "0.4.2", "/extra/deep": true }, remove: ["/links", "/endpoints/0"] },
      },
    });
    const created = await h.request("/jobs", {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    expect(created.status).toBe(200);
    expect(created.headers.get("location")).toBeNull();
    expect(created.headers.get("openeo-identifier")).toMatch(/^j-/);
    expect(created.headers.get("x-test")).toBe("1");
    const capabilities = (await h.json("/")).body;
    expect(capabilities.api_version).toBe("0.4.2");
    expect(capabilities.extra).toEqual({ deep: true });
    expect(capabilities).not.toHaveProperty("links");
    expect(capabilities.endpoints[0].path).toBe("/conformance");
  });

  it("leaves the control API alone", async () => {
    const h = harness();
    h.mock.faults.add({ action: { type: "error", status: 500 } });
    expect((await h.request("/_jobkit/journal")).status).toBe(200);
    expect((await h.request("/_jobkit/faults", { method: "DELETE" })).status).toBe(204);
    expect((await h.request("/")).status).toBe(200);
  });
});

describe("job outcome faults", () => {
  it("forces an error with an error log entry", async () => {
    const h = harness();
    h.mock.faults.add({
      match: { method: "POST", path: "/jobs/*/results" },
      times: 1,
      action: { type: "job-outcome", outcome: "error" },
    });
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    expect(h.mock.store.get(id)?.status).toBe("error");
    const errors = (await h.json(`/jobs/${id}/logs?level=error`, { headers })).body.logs;
    expect(errors).toEqual([expect.objectContaining({ code: "Internal", level: "error" })]);
    expect((await h.json(`/jobs/${id}/results`, { headers })).status).toBe(424);
    const next = await h.startJob();
    h.mock.clock.advance(4000);
    expect(h.mock.store.get(next.id)?.status).toBe("finished");
  });

  it("forces partial results: error status, some assets with partial=true", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/jobs" }, action: { type: "job-outcome", outcome: "partial" } });
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    expect(h.mock.store.get(id)?.status).toBe("error");
    expect((await h.json(`/jobs/${id}/results`, { headers })).status).toBe(424);
    const partial = (await h.json(`/jobs/${id}/results?partial=true`, { headers })).body;
    expect(partial.properties["openeo:status"]).toBe("error");
    expect(Object.keys(partial.assets)).toEqual([ONE_DATE_TIFF]);
  });

  it("makes a slow job take ten times longer", async () => {
    const h = harness();
    h.mock.faults.add({ action: { type: "job-outcome", outcome: "slow" } });
    const { id } = await h.startJob();
    h.mock.clock.advance(4000);
    expect(h.mock.store.get(id)).toMatchObject({ status: "running", progress: 10 });
    h.mock.clock.advance(27_000);
    expect(h.mock.store.get(id)?.status).toBe("finished");
  });
});

describe("asset faults", () => {
  async function finished(h: Harness) {
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const asset = (await h.json(`/jobs/${id}/results`, { headers })).body.assets[ONE_DATE_TIFF];
    return { id, asset, path: asset.href.replace("http://localhost", "") as string };
  }

  it("answers 404 for a missing asset", async () => {
    const h = harness();
    const { path } = await finished(h);
    h.mock.faults.add({ times: 1, action: { type: "asset", mode: "missing" } });
    expect((await h.request(path, { method: "HEAD" })).status).toBe(404);
    expect((await h.json(path)).status).toBe(404);
    expect((await h.request(path)).status).toBe(200);
  });

  it("serves corrupt bytes that no longer match file:checksum", async () => {
    const h = harness();
    const { asset, path } = await finished(h);
    h.mock.faults.add({ action: { type: "asset", mode: "corrupt" } });
    const bytes = new Uint8Array(await (await h.request(path)).arrayBuffer());
    expect(bytes.byteLength).toBe(asset["file:size"]);
    expect(`1220${createHash("sha256").update(bytes).digest("hex")}`).not.toBe(asset["file:checksum"]);
  });

  it("mislabels the media type in the metadata and on download", async () => {
    const h = harness();
    const { id, path } = await finished(h);
    h.mock.faults.add({ match: { jobId: id }, action: { type: "asset", mode: "mislabel" } });
    expect((await h.request(path)).headers.get("content-type")).toBe("image/png");
    const results = (await h.json(`/jobs/${id}/results`, { headers: await h.auth() })).body;
    expect(results.assets[ONE_DATE_TIFF].type).toBe("image/png");
  });
});

describe("faults given as options", () => {
  it("installs them at creation and again after reset", async () => {
    const h = harness({
      timing: { mode: "virtual" },
      faults: [{ match: { path: "/conformance" }, times: 1, action: { type: "error", status: 503 } }],
    });
    expect((await h.request("/conformance")).status).toBe(503);
    expect((await h.request("/conformance")).status).toBe(200);
    h.mock.reset();
    expect(h.mock.faults.list()).toHaveLength(1);
    expect((await h.request("/conformance")).status).toBe(503);
  });
});
