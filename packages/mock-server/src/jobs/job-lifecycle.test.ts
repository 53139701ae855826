import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "../../test/support.js";

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
