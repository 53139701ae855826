import type { Schema } from "../internal/api-types.js";
import type { JobRecord } from "./job.js";
import { isoTime } from "./job-lifecycle.js";

/** The default billing plan when a job names none. */
export const DEFAULT_PLAN = "free";

/** The openEO 1.3.0 timestamps of a job's run, those it has. */
export function runTimes(job: JobRecord): RunTimes {
  return addRunTimes({}, job);
}

type RunTimes = { queued?: string; started?: string; unpublished?: string };

/** Writes the run timestamps the job has into `target` (no intermediate objects: this is on the hot path). */
function addRunTimes<T extends RunTimes>(target: T, job: JobRecord): T {
  if (job.queuedAt !== undefined) target.queued = isoTime(job.queuedAt);
  if (job.startedAt !== undefined) target.started = isoTime(job.startedAt);
  if (job.unpublishedAt !== undefined) target.unpublished = isoTime(job.unpublishedAt);
  return target;
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
  };
  addRunTimes(view, job);
  if (job.costs !== undefined) view.costs = job.costs;
  if (job.usage !== undefined) view.usage = job.usage;
  return view;
}

/** A job as `GET /jobs/{id}` shows it. */
export function jobView(job: JobRecord): Schema<"batch_job"> {
  const view = jobSummary(job) as Schema<"batch_job">;
  view.process = job.process as Schema<"process">;
  return view;
}
