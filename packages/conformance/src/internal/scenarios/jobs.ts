import { type JobStatus, TERMINAL_JOB_STATUSES } from "@jobkit/spec/facts";
import { createdJobId } from "../../judges/jobs/created-job-id.js";
import type { ScenarioId } from "../../types.js";
import type { JobWatch } from "../job-watch.js";
import { type CheckContext, fail, type Outcome, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import { ScenarioStopped, type Session } from "../session.js";
import { answered, body, isRefusal } from "./answers.js";

/** A created job: its id (from OpenEO-Identifier, else Location) and the creation exchange. */
export interface CreatedJob {
  id: string | undefined;
  exchange: Exchange;
}

/** The id a creation answer names: OpenEO-Identifier, else the last segment of Location. */
export const createdId = (exchange: Exchange): string | undefined =>
  createdJobId(exchange.status, exchange.headers);

/** POST /jobs; remembers the job for the cleanup. */
export async function createJob(
  s: Session,
  payload: Record<string, unknown>,
  scenario: ScenarioId,
): Promise<CreatedJob> {
  if (!s.supports("POST /jobs"))
    throw new ScenarioStopped("not advertised: the capabilities do not list POST /jobs");
  const exchange = await s.api("POST", "/jobs", { json: payload });
  const id = createdId(exchange);
  if (id) {
    s.createdJobs.set(id, s.token);
    s.jobs.timeline(id, scenario);
  }
  return { id, exchange };
}

/** Creates and starts a job for a scenario; a refusal of either stops the scenario. Returns the job's id. */
export async function createStartedJob(
  s: Session,
  scenario: ScenarioId,
  payload: Record<string, unknown>,
  creationRefused = (exchange: Exchange) => `no job: POST /jobs ${answered(exchange)}`,
): Promise<string> {
  const job = await createJob(s, payload, scenario);
  if (!job.id) throw new ScenarioStopped(creationRefused(job.exchange));
  const start = await startJob(s, job.id);
  if (start.status === undefined || start.status >= 300)
    throw new ScenarioStopped(`the job could not be started: ${answered(start)}`);
  return job.id;
}

/** DELETE /jobs/{id}; a job the answer says is deleted is left to the cleanup to verify. */
export async function deleteJob(s: Session, id: string): Promise<Exchange> {
  const exchange = await s.api("DELETE", "/jobs/{}", { params: [id] });
  if (exchange.status === 204 || exchange.status === 404 || exchange.status === 200) {
    s.deletedJobs.set(id, s.createdJobs.get(id));
    s.createdJobs.delete(id);
  }
  return exchange;
}

/** POST /jobs/{id}/results. */
export function startJob(s: Session, id: string): Promise<Exchange> {
  return s.api("POST", "/jobs/{}/results", { params: [id] });
}

/** The status a description reports. */
export function statusOf(exchange: Exchange | undefined): string | undefined {
  const status = body(exchange).status;
  return exchange?.status === 200 && typeof status === "string" ? status : undefined;
}

/** A job payload around a process (`{process_graph}`) with a title. */
export function jobPayload(
  process: Record<string, unknown>,
  title: string,
  description?: string,
): Record<string, unknown> {
  return { title, ...(description === undefined ? {} : { description }), process };
}

/** A process graph that names a process no back-end has. */
export const INVALID_PROCESS = {
  process_graph: {
    broken: { process_id: "jobkit_no_such_process", arguments: {}, result: true },
  },
};

/** The verdict on the answer to a request `what` makes invalid (an unknown process): a 4xx with an openEO error code. */
export function refusalVerdict(
  exchange: Exchange,
  request: string,
  what = "with an unknown process",
): Outcome {
  if (!isRefusal(exchange)) return fail(`${request} ${what} ${answered(exchange)}; expected a 4xx`);
  return typeof body(exchange).code === "string"
    ? pass(answered(exchange))
    : fail(`${exchange.status} without an error code in the body`);
}

/**
 * The verdict on a wait for a job: a failure with the status timeline when any status poll of the job failed
 * (each one is evidence: no poll is forgiven) or the job budget ran out, else what `ended` says about the
 * status the job reached.
 */
export function waitVerdict(
  s: Session,
  c: CheckContext,
  jobId: string,
  waited: Awaited<ReturnType<JobWatch["waitFor"]>>,
  ended: (status: string | undefined, timeline: string) => Outcome,
): Outcome {
  const timeline = s.jobs.describeTimeline(jobId);
  const failedPolls = s.jobs.failedPolls.get(jobId) ?? [];
  for (const poll of [...failedPolls, ...waited.polls.slice(-2)]) c.note(poll);
  if (waited.failure) return fail(`${waited.failure}. Timeline: ${timeline}`);
  if (failedPolls.length > 0) {
    const polls = s.jobs.describes.get(jobId)?.length ?? failedPolls.length;
    return fail(
      `${failedPolls.length} of ${polls} status polls failed (first: GET /jobs/{id} ${answered(failedPolls[0])}). Timeline: ${timeline}`,
    );
  }
  if (waited.timedOut) {
    return fail(
      `still ${waited.status} when the job budget of ${s.options.jobTimeoutMs / 1000} s ran out. Timeline: ${timeline}`,
    );
  }
  return ended(waited.status, timeline);
}

/**
 * Whether the kit's wait for a job gave up only because the job budget ran out: every status poll answered and
 * the job never reached the awaited status (what {@link waitVerdict} reports as "when the job budget ran out").
 */
export function ranOutOfBudget(s: Session, jobId: string): boolean {
  return s.jobs.outOfBudget.has(jobId) && (s.jobs.failedPolls.get(jobId)?.length ?? 0) === 0;
}

/** The status order a job moves forward in, for "did it go back" questions. */
export function statusRank(status: string | undefined): number {
  const ranks: Record<JobStatus, number> = {
    created: 0,
    queued: 1,
    running: 2,
    finished: 3,
    error: 3,
    canceled: 3,
  };
  return ranks[status as JobStatus] ?? -1;
}

/** The statuses a job does not leave by itself (the contract's). */
export const TERMINAL = new Set<string>(TERMINAL_JOB_STATUSES);
