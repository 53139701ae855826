import type { Schema } from "../internal/api-types.js";
import type { JobRecord } from "./job.js";
import { isoTime } from "./job-lifecycle.js";

/** The default billing plan when a job names none. */
export const DEFAULT_PLAN = "free";

/** The openEO 1.3.0 timestamps of a job's run, those it has. */
export function runTimes(job: JobRecord): { queued?: string; started?: string; unpublished?: string } {
  return {
    ...(job.queuedAt !== undefined ? { queued: isoTime(job.queuedAt) } : {}),
    ...(job.startedAt !== undefined ? { started: isoTime(job.startedAt) } : {}),
    ...(job.unpublishedAt !== undefined ? { unpublished: isoTime(job.unpublishedAt) } : {}),
  };
}

/** A job as listed by `GET /jobs` (without its process). */
export function jobSummary(job: JobRecord): Schema<"job_summary"> {
  const view: Schema<"job_summary"> = {
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
    ...runTimes(job),
  };
  if (job.costs !== undefined) view.costs = job.costs;
  if (job.usage !== undefined) view.usage = job.usage;
  return view;
}

/** A job as `GET /jobs/{id}` shows it. */
export function jobView(job: JobRecord): Schema<"batch_job"> {
  return { ...jobSummary(job), process: job.process as Schema<"process"> };
}
