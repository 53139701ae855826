import { afterEach, describe, expect, it, vi } from "vitest";
import { CAPABILITIES, fakeFetch, json } from "../test/fake-fetch.js";
import { connect } from "./connect.js";
import { JobFailedError } from "./errors.js";

const API = "https://api.example";

/** A back-end whose job `j` goes through `statuses`, one per `GET /jobs/j`; a number answers that status. */
async function jobWith(statuses: (string | number)[], logs: unknown[] = []) {
  let poll = 0;
  const fetch = fakeFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/.well-known/openeo") return json({}, 404);
    if (url.pathname === "/") return json(CAPABILITIES);
    if (url.pathname === "/jobs/j") {
      const status = statuses[Math.min(poll++, statuses.length - 1)];
      if (typeof status === "number") return json({ code: "Unavailable", message: "down" }, status);
      return json({ id: "j", status, progress: poll * 10, created: "2026-01-01T00:00:00Z", process: {} });
    }
    if (url.pathname === "/jobs/j/logs") return json({ logs, links: [] });
    return json({ code: "NotFound", message: url.pathname }, 404);
  });
  const connection = await connect(API, { fetch, retry: false });
  return { job: connection.job("j"), fetch };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("BatchJob.waitForCompletion", () => {
  it("polls with a growing interval, reports progress and returns the finished job", async () => {
    vi.useFakeTimers();
    const { job, fetch } = await jobWith(["queued", "running", "running", "finished"]);
    const seen: string[] = [];
    const done = job.waitForCompletion({
      pollInterval: 1000,
      backoff: 2,
      maxPollInterval: 3000,
      onProgress: (p) => seen.push(`${p.status}:${p.progress}`),
    });
    await vi.advanceTimersByTimeAsync(0);
    const polls = () => fetch.requests.filter((r) => r.url.endsWith("/jobs/j")).length;
    expect(polls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000); // 1 s
    expect(polls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1999); // then 2 s
    expect(polls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(polls()).toBe(3);
    await vi.advanceTimersByTimeAsync(3000); // capped at 3 s
    expect((await done).status).toBe("finished");
    expect(seen).toEqual(["queued:10", "running:20", "running:30", "finished:40"]);
  });

  it("throws JobFailedError carrying the error logs when the job ends in error", async () => {
    const logs = [{ id: "1", level: "error", message: "Collection 'NOT_A_COLLECTION' does not exist." }];
    const { job, fetch } = await jobWith(["error"], logs);
    const error = await job.waitForCompletion().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ code: "JobFailed", jobId: "j", logs });
    expect((error as Error).message).toContain("NOT_A_COLLECTION");
    expect(fetch.requests.at(-1)?.url).toBe(`${API}/jobs/j/logs?level=error`);
  });

  it("throws JobCanceled when the job was canceled", async () => {
    const { job } = await jobWith(["canceled"]);
    await expect(job.waitForCompletion()).rejects.toMatchObject({ code: "JobCanceled" });
  });

  it("throws WaitTimeout when the job is not done in time", async () => {
    vi.useFakeTimers();
    const { job } = await jobWith(["running"]);
    const done = job
      .waitForCompletion({ pollInterval: 1000, backoff: 1, timeout: 2500 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await done).toMatchObject({
      code: "WaitTimeout",
      message: expect.stringContaining("still running"),
    });
  });

  it("says that a job still created after the timeout was never started", async () => {
    const { job } = await jobWith(["created"]);
    await expect(job.waitForCompletion({ pollInterval: 1, timeout: 1 })).rejects.toMatchObject({
      code: "WaitTimeout",
      message: expect.stringContaining("never started: start it, then wait"),
    });
  });

  it("stops waiting when the signal aborts", async () => {
    vi.useFakeTimers();
    const { job } = await jobWith(["running"]);
    const controller = new AbortController();
    const done = job
      .waitForCompletion({ pollInterval: 1000, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(new Error("stop"));
    expect(await done).toMatchObject({ message: "stop" });
  });

  it("survives four transient failures in a row, but not five, nor a permanent error", async () => {
    const { job } = await jobWith(["running", 503, 502, 503, 503, "finished"]);
    expect((await job.waitForCompletion({ pollInterval: 1 })).status).toBe("finished");
    const { job: down } = await jobWith(["running", 503, 503, 503, 503, 503, "finished"]);
    await expect(down.waitForCompletion({ pollInterval: 1 })).rejects.toMatchObject({ status: 503 });
    const { job: gone } = await jobWith(["running", 404]);
    await expect(gone.waitForCompletion({ pollInterval: 1 })).rejects.toMatchObject({ status: 404 });
  });
});
