import type { ConformanceEvent } from "../types.js";

/** How often a wait for a job says it is still waiting, by default. */
export const HEARTBEAT_MS = 10_000;

/**
 * While the kit waits for a job (its status polls are the latest events), writes every `intervalMs` a line with the
 * job, its status and how long the wait has lasted, so that a log without a terminal shows the run is alive.
 * `onEvent` sees the run's events; `stop` ends the timer.
 */
export function createHeartbeat(write: (line: string) => void, intervalMs = HEARTBEAT_MS, now = Date.now) {
  let waiting: { jobId: string; status: string; since: number } | undefined;
  const timer = setInterval(() => {
    if (!waiting) return;
    const seconds = ((now() - waiting.since) / 1000).toFixed(1);
    write(`  … waiting for job ${waiting.jobId}: ${waiting.status}, ${seconds} s\n`);
  }, intervalMs);
  timer.unref();
  return {
    onEvent(event: ConformanceEvent): void {
      if (event.type === "job-status") {
        const since = waiting?.jobId === event.jobId ? waiting.since : now();
        waiting = { jobId: event.jobId, status: event.status, since };
      } else if (event.type !== "request") waiting = undefined;
    },
    stop: () => clearInterval(timer),
  };
}
