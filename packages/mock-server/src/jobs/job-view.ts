import type { JobRecord } from "./job.js";
import { isoTime } from "./job-lifecycle.js";

/** The default billing plan when a job names none. */
export const DEFAULT_PLAN = "free";

/** The API representation of a job (`GET /jobs/{id}`); `withProcess: false` for list items. */
export function jobView(job: JobRecord, withProcess = true): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...job.extra,
    id: job.id,
    title: job.title,
    description: job.description,
    status: job.status,
    progress: job.progress,
    created: isoTime(job.created),
    updated: isoTime(job.updated),
    plan: job.plan ?? DEFAULT_PLAN,
    budget: job.budget,
    log_level: job.logLevel,
  };
  if (withProcess) view.process = job.process;
  if (job.costs !== undefined) view.costs = job.costs;
  if (job.usage !== undefined) view.usage = job.usage;
  return view;
}
