import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import { breaks, conforms, conformsAs, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import { type JobExchange, jobExchange } from "./job-exchange.js";

const isStatus = (value: string): value is JobStatus => JOB_STATUSES.includes(value as JobStatus);

/** The job's previous poll and the starts and cancels of the job made since, or undefined before its first poll. */
function sincePreviousPoll(
  jobId: string,
  earlier: readonly Observed[],
): { status: string; requests: string[] } | undefined {
  const requests: string[] = [];
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const seen = jobExchange(earlier[index] as Observed);
    if (seen?.jobId !== jobId) continue;
    if (seen.kind === "poll") return { status: seen.status, requests: requests.reverse() };
    if (seen.kind === "request") requests.push(seen.request);
  }
  return undefined;
}

/** Whether the job's creation is among the exchanges (then every request made to it is among them too). */
const createdInSight = (jobId: string, earlier: readonly Observed[]): boolean =>
  earlier.some((exchange) => {
    const seen = jobExchange(exchange);
    return seen?.kind === "created" && seen.jobId === jobId;
  });

/** "with no start or cancel between the two polls", "with only start, cancel between …". */
function between(requests: readonly string[], inSight: boolean): string {
  const made = requests.length === 0 ? "no start or cancel" : `only ${requests.join(", ")}`;
  const elsewhere = inSight ? "" : " (and perhaps one more made elsewhere: the job's creation was not seen)";
  return `with ${made} between the two polls${elsewhere}`;
}

/**
 * A poll's status against the job's previous poll: only processing moves a job by itself; each start or cancel
 * made between the two polls may make one more change. A job whose creation the exchanges do not hold may have
 * had a request made elsewhere, so one more change is allowed for it.
 */
function judgePoll(
  poll: Extract<JobExchange, { kind: "poll" }>,
  earlier: readonly Observed[],
): Finding | undefined {
  const previous = sincePreviousPoll(poll.jobId, earlier);
  if (!previous) return undefined;
  const { status: from, requests } = previous;
  const to = poll.status;
  if (from === to) return conforms;
  const inSight = createdInSight(poll.jobId, earlier);
  const allowed = requests.length + (inSight ? 0 : 1);
  const change = `job ${poll.jobId} went ${from} → ${to} ${between(requests, inSight)}`;
  if (isStatus(from) && isStatus(to) && canBeObservedAfter(from, to, allowed))
    return conformsAs(`${change}, which openEO allows`);
  return breaks(`${change}, which openEO does not allow`);
}

/**
 * Rule 700: every status change seen across the polls of a job follows openEO's status changes. The exchanges
 * are the run's own or those the proxy relays; a poll is judged against the job's previous poll and the starts
 * and cancels made between them.
 */
export const jobsTransitions = judgedCheck({
  id: "jobs.transitions",
  scenario: "overall",
  level: "L1B",
  rules: [700],
  needs: [],
  expectation:
    "every status change seen between two polls of a job is one openEO allows: processing steps (also those missed between the polls), and one change per start or cancel made between them",
  unjudged: "no job was polled twice",
  judgesBlamed: true,
  judge: (exchange, earlier) => {
    const seen = jobExchange(exchange);
    return seen?.kind === "poll" ? judgePoll(seen, earlier) : undefined;
  },
  keep: (exchange) => jobExchange(exchange) !== undefined,
});
