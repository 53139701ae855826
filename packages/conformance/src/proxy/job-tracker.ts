import type { JobTimeline, TimelinePoint } from "../types.js";
import type { ProxiedExchange } from "./proxied-exchange.js";

/**
 * Keeps each job's status timeline across the descriptions the client polled (`GET /jobs/{id}`), for the
 * reports' timeline pictures. The status changes themselves are judged by `jobs.transitions`, as in a run.
 */
export function createJobTracker(startedAt: number) {
  const jobs = new Map<string, TimelinePoint[]>();

  return {
    observe(jobId: string, body: unknown, exchange: ProxiedExchange): void {
      const status = (body as { status?: unknown } | undefined)?.status;
      if (typeof status !== "string") return;
      const points = jobs.get(jobId) ?? [];
      jobs.set(jobId, points);
      points.push({ atMs: Math.round(Date.parse(exchange.startedAt) - startedAt), status });
    },

    timelines(): JobTimeline[] {
      return [...jobs].map(([jobId, points]) => ({ jobId, scenario: "proxy", points, downloads: [] }));
    },
  };
}
