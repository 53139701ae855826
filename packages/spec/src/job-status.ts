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

/** The changes a back-end makes by itself, without a request: processing moves a job on. */
const PROCESSING_STEPS: Readonly<Partial<Record<JobStatus, readonly JobStatus[]>>> = {
  queued: ["running", "error"],
  running: ["finished", "error"],
};

/**
 * Whether `to` can be the next status a poller sees after `from`: at most one legal change (a request such as
 * start or cancel, or a processing step), then any number of processing steps the poller may have missed
 * between two looks. `queued → finished` can be seen; `finished → created` or `running → queued` cannot.
 *
 * @example
 * canBeObservedAfter("queued", "finished"); // true: running happened between two polls
 * canBeObservedAfter("finished", "created"); // false
 */
export function canBeObservedAfter(from: JobStatus, to: JobStatus): boolean {
  const afterOneChange = [from, ...JOB_TRANSITIONS[from]];
  const seen = new Set<JobStatus>();
  const pending = [...afterOneChange];
  while (pending.length > 0) {
    const status = pending.pop() as JobStatus;
    if (status === to) return true;
    if (seen.has(status)) continue;
    seen.add(status);
    pending.push(...(PROCESSING_STEPS[status] ?? []));
  }
  return false;
}
