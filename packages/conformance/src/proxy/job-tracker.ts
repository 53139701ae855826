import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import type { JobTimeline, TimelinePoint } from "../types.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { Verdicts } from "./verdicts.js";

const isStatus = (value: unknown): value is JobStatus => JOB_STATUSES.includes(value as JobStatus);

/**
 * Follows each job's status across the descriptions the client polled (`GET /jobs/{id}`) and judges every
 * change against the statuses openEO allows (at most one request-made change between two looks, plus the
 * processing steps a poller may have missed).
 */
export function createJobTracker(startedAt: number) {
  const jobs = new Map<string, TimelinePoint[]>();

  return {
    observe(jobId: string, body: unknown, exchange: ProxiedExchange, verdicts: Verdicts): void {
      const status = (body as { status?: unknown } | undefined)?.status;
      if (typeof status !== "string") return;
      const points = jobs.get(jobId) ?? [];
      jobs.set(jobId, points);
      const previous = points.at(-1)?.status;
      points.push({ atMs: Math.round(Date.parse(exchange.startedAt) - startedAt), status });
      if (previous === undefined) return;
      const legal =
        previous === status ||
        (isStatus(previous) && isStatus(status) && canBeObservedAfter(previous, status));
      verdicts.judge(
        "jobs.transitions",
        "server",
        exchange,
        legal ? undefined : `job ${jobId} went ${previous} → ${status}, which openEO does not allow`,
      );
    },

    timelines(): JobTimeline[] {
      return [...jobs].map(([jobId, points]) => ({ jobId, scenario: "proxy", points, downloads: [] }));
    },
  };
}
