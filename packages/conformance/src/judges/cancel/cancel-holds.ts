import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { statusOf } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";

/** The statuses a canceled job may show (the API document: canceled, or created when nothing was computed). */
export const STOPPED = new Set(["canceled", "created"]);

/** What the cancel scenario saw after the job stopped: more polls, then its results (when listed). */
export interface AfterCancel {
  /** The status the job stopped in. */
  readonly stopped: string | undefined;
  readonly polls: readonly Exchange[];
  readonly results: Exchange | undefined;
  /** The job's status timeline, for the observation. */
  readonly timeline: string;
}

/**
 * Rules 700 and 891: a canceled job stays stopped. Only `POST /jobs/{id}/results` moves a canceled job on (to
 * queued), so without one the job must not run or finish after its cancel, nor its results answer as finished.
 */
export const cancelHolds = scenarioCheck({
  id: "cancel.holds",
  scenario: "cancel",
  level: "L1B",
  rules: [700, 891],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "DELETE /jobs/{}/results"],
  expectation:
    "the canceled job stays stopped: 3 more polls show it canceled (or created), never running or finished, and its results do not answer 200 with openeo:status finished",
  verdict: ({ stopped, polls, results, timeline }: AfterCancel, c) => {
    if (!stopped || !STOPPED.has(stopped))
      return skip(`the cancel did not stop the job (see cancel.canceled)`);
    for (const poll of polls) c.use(poll);
    const resultsAnswer = results ? `; GET /jobs/{id}/results then ${answered(c.use(results))}` : "";
    const unread = polls.find((poll) => statusOf(poll) === undefined);
    if (unread) return fail(`a status poll after the cancel failed: GET /jobs/{id} ${answered(unread)}`);
    const moved = polls.map(statusOf).find((status) => !STOPPED.has(status as string));
    if (moved)
      return fail(
        `the cancel did not hold: the ${stopped} job became ${moved}. Timeline: ${timeline}${resultsAnswer}`,
      );
    if (results?.status === 200 && body(results)["openeo:status"] === "finished")
      return fail(`the ${stopped} job's results answered 200 with openeo:status finished`);
    return pass(`still ${stopped} after ${polls.length} more polls${resultsAnswer}`);
  },
});
