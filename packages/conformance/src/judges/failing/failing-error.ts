import type { JobWatch } from "../../internal/job-watch.js";
import { fail, pass, skip } from "../../internal/outcome.js";
import { isObject } from "../../internal/scenarios/answers.js";
import { ranOutOfBudget, waitVerdict } from "../../internal/scenarios/jobs.js";
import type { Session } from "../../internal/session.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** The wait for the failing job to end. */
export interface FailingWait {
  readonly s: Session;
  readonly jobId: string;
  readonly waited: Awaited<ReturnType<JobWatch["waitFor"]>>;
  /** The job's status timeline when the wait ended. */
  readonly timeline: string;
}

/** The collection a process graph loads, if it loads one. */
function loadedCollection(process: Record<string, unknown>): string | undefined {
  const graph = isObject(process.process_graph) ? Object.values(process.process_graph) : [];
  const load = graph.find((node) => isObject(node) && node.process_id === "load_collection");
  const id = isObject(load) && isObject(load.arguments) ? load.arguments.id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Why a job meant to fail finished: no status rule is broken (a back-end may run what the kit thought would
 * fail), so the check is not evaluated and says what the back-end did.
 */
function unfailed(process: Record<string, unknown>): string {
  const collection = loadedCollection(process);
  return collection
    ? `the job meant to fail finished; the back-end did not validate the collection ${collection} and ran the job to its end`
    : "the job meant to fail finished; the back-end ran its process to the end";
}

/**
 * Whether jobs.poll.finished failed because the lifecycle job was still unfinished when the job budget ran out:
 * then a failing job that does the same shows that back-end's jobs do not end in the budget, not a new fault.
 */
function lifecycleRanOut(s: Session): boolean {
  if (s.results.get("jobs.poll.finished")?.status !== "fail") return false;
  return [...s.jobs.timelines.values()].some(
    (timeline) => timeline.scenario === "lifecycle" && ranOutOfBudget(s, timeline.jobId),
  );
}

/** Rules 700, 754: a job whose process cannot run ends in error within the job budget. */
export const failingError = scenarioCheck({
  id: "failing.error",
  scenario: "failing",
  level: "L1B",
  rules: [700, 754],
  needs: BATCH,
  expectation: "a job whose process cannot run ends in status error within the job budget",
  verdict: ({ s, jobId, waited, timeline }: FailingWait, c) => {
    const processing = waited.status === "queued" || waited.status === "running";
    if (processing && ranOutOfBudget(s, jobId) && lifecycleRanOut(s))
      return skip(
        `not evaluated: the failing job was still ${waited.status} when the job budget ran out, as the lifecycle job was (see jobs.poll.finished). Timeline: ${timeline}`,
      );
    return waitVerdict(s, c, jobId, waited, (status) =>
      status === "error"
        ? pass(`error. Timeline: ${timeline}`)
        : status === "finished"
          ? skip(`not evaluated: ${unfailed(s.options.failingProcess)}. Timeline: ${timeline}`)
          : fail(`the failing job ended ${status}. Timeline: ${timeline}`),
    );
  },
});
