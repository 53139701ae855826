import type { components } from "./generated/openapi.js";

/** A batch job's status, as `GET /jobs/{job_id}` reports it. */
export type JobStatus = components["schemas"]["job_status"];

/** Every job status, in the order a successful job passes through them (then the two other endings). */
export const JOB_STATUSES: readonly JobStatus[] = [
  "created",
  "queued",
  "running",
  "finished",
  "error",
  "canceled",
];

/** The statuses in which a job stays until someone acts on it. */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ["finished", "error", "canceled"];

/**
 * Every status change the openEO API allows, from → the statuses it may become.
 * - start (`POST /jobs/{id}/results`): created → queued, or straight to running when processing starts at once;
 *   a finished, error or canceled job may be started again (the back-end decides whether it allows that).
 * - processing: queued → running → finished | error; a job may also fail before it runs (queued → error).
 * - cancel (`DELETE /jobs/{id}/results`): running → canceled (partial results kept) or created;
 *   queued → created (or canceled, where the back-end chooses so).
 */
export const JOB_TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  created: ["queued", "running"],
  queued: ["running", "error", "created", "canceled"],
  running: ["finished", "error", "canceled", "created"],
  finished: ["queued", "running"],
  error: ["queued", "running"],
  canceled: ["queued", "running"],
};

/**
 * Whether a job may go from one status to another. A status that stays the same is always legal.
 *
 * @example
 * isLegalTransition("running", "finished"); // true
 * isLegalTransition("finished", "created"); // false
 */
export function isLegalTransition(from: JobStatus, to: JobStatus): boolean {
  return from === to || JOB_TRANSITIONS[from].includes(to);
}
