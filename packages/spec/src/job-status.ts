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

/** Every status processing may take a job on to from `statuses` (themselves included), without a request. */
function withProcessing(statuses: Iterable<JobStatus>): Set<JobStatus> {
  const reached = new Set<JobStatus>();
  const pending = [...statuses];
  while (pending.length > 0) {
    const status = pending.pop() as JobStatus;
    if (reached.has(status)) continue;
    reached.add(status);
    pending.push(...(PROCESSING_STEPS[status] ?? []));
  }
  return reached;
}

/**
 * Whether `to` can be the next status a poller sees after `from`, when `requests` start or cancel requests
 * (default one) may have been made between the two looks: each of them makes at most one legal change, and
 * processing steps (queued → running → finished | error) may happen at any time, unseen. With no request between
 * two polls only processing can move the job: `canceled → finished` or `finished → running` then cannot be seen.
 *
 * @example
 * canBeObservedAfter("queued", "finished", 0); // true: running happened between two polls
 * canBeObservedAfter("finished", "running", 0); // false: only a new start runs a finished job again
 * canBeObservedAfter("finished", "created"); // false
 */
export function canBeObservedAfter(from: JobStatus, to: JobStatus, requests = 1): boolean {
  let reached = withProcessing([from]);
  for (let request = 0; request < requests && !reached.has(to); request += 1) {
    const changed = [...reached].flatMap((status) => JOB_TRANSITIONS[status]);
    const next = withProcessing([...reached, ...changed]);
    // once no change reaches a new status, more requests reach none either
    if (next.size === reached.size) break;
    reached = next;
  }
  return reached.has(to);
}
