/**
 * The client waiting on the mock's virtual clock (`connect(url, { clock: mock.clock })`): polls advance
 * the clock instead of sleeping, so a whole job, download included, runs without one real timer.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockServer } from "@jobkit/mock-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { connect } from "../src/index.js";
import { downloadFiles } from "../src/node.js";
import { TIFF_GRAPH, TIFF_NAME } from "./process-graphs.js";

async function virtualSetUp() {
  const mock = createMockServer({ timing: { mode: "virtual" } });
  const connection = await connect("http://mock.test", {
    fetch: (request) => mock.app.fetch(request),
    auth: { user: "alice", password: "alice123" },
    clock: mock.clock,
    timeout: 0,
  });
  return { mock, connection };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("connect(url, { clock })", () => {
  it("runs a whole job on the mock's virtual clock with no real sleep", async () => {
    const { mock, connection } = await virtualSetUp();
    const timers = vi.spyOn(globalThis, "setTimeout");
    const dir = await mkdtemp(join(tmpdir(), "jobkit-virtual-"));
    try {
      const before = mock.clock.now();
      const job = await connection.createJob(TIFF_GRAPH);
      const final = await job.startAndWait({ pollInterval: 2000 });
      const paths = await downloadFiles(job.getResults(), dir);
      expect(final.status).toBe("finished");
      expect(await readdir(dir)).toEqual([TIFF_NAME]);
      expect(paths).toHaveLength(1);
      // queued 1 s + running 3 s in the mock's default timing; polled at 0 s, 2 s and 5 s (backoff 1.5)
      expect(mock.clock.now() - before).toBe(5000);
      expect(timers.mock.calls.map(([, delay]) => delay ?? 0).filter((delay) => delay > 0)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("measures the wait's timeout on that clock", async () => {
    const { mock, connection } = await virtualSetUp();
    const job = await connection.createJob(TIFF_GRAPH);
    const started = Date.now();
    const error = await job
      .waitForCompletion({ pollInterval: 60_000, backoff: 1, timeout: 600_000 })
      .catch((e) => e);
    expect(error).toMatchObject({ code: "WaitTimeout" });
    expect(error.message).toMatch(/still created after 600000 ms \(timeout 600000 ms\)/);
    expect(mock.clock.now() - Date.UTC(2025, 0, 1)).toBe(600_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops at once when the signal aborts", async () => {
    const { connection } = await virtualSetUp();
    const job = await connection.createJob(TIFF_GRAPH);
    const controller = new AbortController();
    const waiting = job.waitForCompletion({
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("enough")),
    });
    await expect(waiting).rejects.toThrow("enough");
  });
});
