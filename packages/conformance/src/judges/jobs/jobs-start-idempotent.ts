import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { statusOf, statusRank } from "../../internal/scenarios/jobs.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * A second start of a job that was `started` (queued or running) and its description after it; or, when the job
 * was neither, its status then (nothing was asked again).
 */
export type StartedAgain =
  | { readonly started: string | undefined; readonly again?: undefined }
  | { readonly started: string; readonly again: Exchange; readonly afterAgain: Exchange };

/** Rule 851: starting a queued or running job again changes nothing. */
export const jobsStartIdempotent = scenarioCheck({
  id: "jobs.start.idempotent",
  scenario: "lifecycle",
  level: "L1B",
  rules: [851],
  needs: BATCH,
  expectation:
    "starting a queued or running job again answers 202 and changes nothing: the status does not go back",
  verdict: (second: StartedAgain, c) => {
    if (!second.again)
      return skip(`the job was ${second.started ?? "unknown"} right after the start, not queued or running`);
    const { started, again, afterAgain } = second;
    c.use(again);
    c.use(afterAgain);
    if (again.status !== 202) return fail(`starting a ${started} job again ${answered(again)}; expected 202`);
    const now = statusOf(afterAgain);
    return statusRank(now) >= statusRank(started)
      ? pass(`202, and the job went on: ${started} → ${now}`)
      : fail(`the second start set the job back: ${started} → ${now ?? answered(afterAgain)}`);
  },
});
