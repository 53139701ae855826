import { afterEach, describe, expect, it, vi } from "vitest";
import { createHeartbeat } from "./heartbeat.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("createHeartbeat", () => {
  it("beats with the job, its status and the wait's length while status polls are the latest events", () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const heartbeat = createHeartbeat((line) => lines.push(line), 1000, Date.now);
    vi.advanceTimersByTime(3000);
    expect(lines).toEqual([]); // no wait yet
    heartbeat.onEvent({ type: "job-status", jobId: "j-1", status: "queued" });
    vi.advanceTimersByTime(1000);
    heartbeat.onEvent({ type: "request", method: "GET", url: "http://api.test/jobs/j-1" });
    heartbeat.onEvent({ type: "job-status", jobId: "j-1", status: "running" });
    vi.advanceTimersByTime(1000);
    heartbeat.onEvent({ type: "scenario", scenario: "lifecycle" });
    vi.advanceTimersByTime(5000);
    heartbeat.stop();
    expect(lines).toEqual([
      "  … waiting for job j-1: queued, 1.0 s\n",
      "  … waiting for job j-1: running, 2.0 s\n",
    ]);
  });
});
