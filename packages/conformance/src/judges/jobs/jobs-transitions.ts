import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import { breaks, conforms, conformsAs, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import { type JobExchange, jobExchange } from "./job-exchange.js";

const isStatus = (value: string): value is JobStatus => JOB_STATUSES.includes(value as JobStatus);

/**
 * The status the job's previous poll read, and the starts and cancels of the job made since the first of the
 * polls in a row that read it (a request's effect may show later than the next poll: a start answers 202
 * Accepted), oldest first; undefined before the job's first poll.
 */
function sinceStatusSeen(
  jobId: string,
  earlier: readonly Observed[],
): { status: string; requests: string[] } | undefined {
  let status: string | undefined;
  const requests: string[] = [];
  let pending: string[] = [];
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const seen = jobExchange(earlier[index] as Observed);
    if (seen?.jobId !== jobId || seen.kind === "created") continue;
    if (seen.kind === "request") pending.push(seen.request);
    else if (status !== undefined && seen.status !== status) break;
    else {
      status = seen.status;
      requests.push(...pending);
      pending = [];
    }
  }
  return status === undefined ? undefined : { status, requests: requests.reverse() };
}

/** Whether the job's creation is among the exchanges (then every request made to it is among them too). */
const createdInSight = (jobId: string, earlier: readonly Observed[]): boolean =>
  earlier.some((exchange) => {
    const seen = jobExchange(exchange);
    return seen?.kind === "created" && seen.jobId === jobId;
  });

/** "with no start or cancel since it read canceled", "with only start, cancel since …". */
function since(from: string, requests: readonly string[], inSight: boolean): string {
  const made = requests.length === 0 ? "no start or cancel" : `only ${requests.join(", ")}`;
  const elsewhere = inSight ? "" : " (and perhaps one more made elsewhere: the job's creation was not seen)";
  return `with ${made} since it first read ${from}${elsewhere}`;
}

/**
 * A poll's status against the job's previous poll: only processing moves a job by itself; each start or cancel
 * made since the job first read its previous status may make one more change. A job whose creation the
 * exchanges do not hold may have had a request made elsewhere, so one more change is allowed for it.
 */
function judgePoll(
  poll: Extract<JobExchange, { kind: "poll" }>,
  earlier: readonly Observed[],
): Finding | undefined {
  const previous = sinceStatusSeen(poll.jobId, earlier);
  if (!previous) return undefined;
  const { status: from, requests } = previous;
  const to = poll.status;
  if (from === to) return conforms;
  const inSight = createdInSight(poll.jobId, earlier);
  const allowed = requests.length + (inSight ? 0 : 1);
  const change = `job ${poll.jobId} went ${from} → ${to} ${since(from, requests, inSight)}`;
  if (isStatus(from) && isStatus(to) && canBeObservedAfter(from, to, allowed))
    return conformsAs(`${change}, which openEO allows`);
  return breaks(`${change}, which openEO does not allow`);
}

/**
 * Rule 700: every status change seen across the polls of a job follows openEO's status changes. The exchanges
 * are the run's own or those the proxy relays; a poll is judged against the job's previous poll and the starts
 * and cancels made since the job read that status.
 */
export const jobsTransitions = judgedCheck({
  id: "jobs.transitions",
  scenario: "overall",
  level: "L1B",
  rules: [700],
  needs: [],
  expectation:
    "every status change seen between two polls of a job is one openEO allows: processing steps (also those missed between the polls), and one change per start or cancel made since the job first read its previous status",
  unjudged: "no job was polled twice",
  judgesBlamed: true,
  judge: (exchange, earlier) => {
    const seen = jobExchange(exchange);
    return seen?.kind === "poll" ? judgePoll(seen, earlier) : undefined;
  },
  keep: (exchange) => jobExchange(exchange) !== undefined,
});
