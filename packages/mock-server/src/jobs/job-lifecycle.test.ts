import { describe, expect, it } from "vitest";
import { harness, ONE_DATE_TIFF, saveResultGraph } from "../../test/support.js";

describe("job lifecycle (virtual time)", () => {
  it("moves created → queued → running (progress rising) → finished as the clock advances", async () => {
    const h = harness({ timing: { mode: "virtual", queuedMs: 1000, runningMs: 3000 } });
    const id = await h.createJob();
    const headers = await h.auth();
    const status = async () => (await h.json(`/jobs/${id}`, { headers })).body;
    expect((await status()).status).toBe("created");
    expect((await h.request(`/jobs/${id}/results`, { method: "POST", headers })).status).toBe(202);
    expect(await status()).toMatchObject({ status: "queued", progress: 0 });
    h.mock.clock.advance(1000);
    expect(await status()).toMatchObject({ status: "running", progress: 0 });
    h.mock.clock.advance(1500);
    expect(await status()).toMatchObject({ status: "running", progress: 50 });
    h.mock.clock.advance(1500);
    const done = await status();
    expect(done).toMatchObject({ status: "finished", progress: 100 });
    expect(done.costs).toBeGreaterThan(0);
    expect(done.usage.duration).toEqual({ value: 3, unit: "seconds" });
    expect(done.created).toBe("2025-01-01T00:00:00.000Z");
    expect(done.updated).toBe("2025-01-01T00:00:04.000Z");
  });

  it("ends in error with an error log entry for an unknown collection", async () => {
    const h = harness();
    const id = await h.createJob({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    const headers = await h.auth();
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    h.mock.clock.advance(10_000);
    expect((await h.json(`/jobs/${id}`, { headers })).body.status).toBe("error");
    const logs = await h.json(`/jobs/${id}/logs?level=error`, { headers });
    expect(logs.body.logs).toEqual([
      expect.objectContaining({
        level: "error",
        code: "CollectionNotFound",
        message: "Collection 'NOT_A_COLLECTION' does not exist.",
      }),
    ]);
    const results = await h.json(`/jobs/${id}/results`, { headers });
    expect(results.status).toBe(424);
    expect(results.body).toMatchObject({ code: "CollectionNotFound" });
  });
});

describe("job lifecycle (poll and wall timing)", () => {
  it("steps once per status poll in poll mode", async () => {
    const h = harness({ timing: { mode: "poll" } });
    const id = await h.createJob();
    const headers = await h.auth();
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    expect(h.mock.store.get(id)?.status).toBe("queued");
    const polls: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { body } = await h.json(`/jobs/${id}`, { headers });
      polls.push(`${body.status}:${body.progress}`);
    }
    expect(polls).toEqual(["running:0", "running:50", "finished:100", "finished:100"]);
    expect((await h.json(`/jobs/${id}/results`, { headers })).status).toBe(200);
  });

  it("lists and reads logs without stepping in poll mode", async () => {
    const h = harness({ timing: { mode: "poll" } });
    const id = await h.createJob();
    const headers = await h.auth();
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    await h.json("/jobs", { headers });
    await h.json(`/jobs/${id}/logs`, { headers });
    expect(h.mock.store.get(id)?.status).toBe("queued");
  });

  it("follows wall-clock durations (advance adds an offset)", async () => {
    const h = harness({ timing: { mode: "wall", queuedMs: 0, runningMs: 60_000 } });
    const before = Date.now();
    const id = await h.createJob();
    const created = Date.now();
    const headers = await h.auth();
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    const running = (await h.json(`/jobs/${id}`, { headers })).body;
    expect(running.status).toBe("running");
    // `created` is the wall clock's (the mock reads Date.now()), taken while the job was created
    expect(Date.parse(running.created)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(running.created)).toBeLessThanOrEqual(created);
    h.mock.clock.advance(60_000);
    expect((await h.json(`/jobs/${id}`, { headers })).body.status).toBe("finished");
  });

  it("refuses a negative clock advance", () => {
    expect(() => harness().mock.clock.advance(-1)).toThrow(/non-negative/);
  });
});

describe("determinism", () => {
  async function run(seed: number) {
    const h = harness({ seed, timing: { mode: "virtual" } });
    const id = await h.createJob();
    const headers = await h.auth();
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    h.mock.clock.advance(4000);
    const results = (await h.json(`/jobs/${id}/results`, { headers })).body;
    const bytes = new Uint8Array(
      await (
        await h.request(results.assets[ONE_DATE_TIFF].href.replace("http://localhost", ""))
      ).arrayBuffer(),
    );
    return {
      id,
      token: headers.Authorization,
      checksum: results.assets[ONE_DATE_TIFF]["file:checksum"],
      bytes,
    };
  }

  it("gives the same ids, tokens, bytes and checksums for the same seed; another seed other ids and tokens, the same files", async () => {
    const a = await run(42);
    const b = await run(42);
    const c = await run(43);
    expect(b).toEqual(a);
    expect(c.id).not.toBe(a.id);
    expect(c.token).not.toBe(a.token);
    expect(c.checksum).toBe(a.checksum); // the engine computes the files from the graph alone
  });
});
