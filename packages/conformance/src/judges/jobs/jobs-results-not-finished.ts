import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, hasCode } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 863: the results of a job that has not started are not there yet. */
export const jobsResultsNotFinished = scenarioCheck({
  id: "jobs.results.not-finished",
  scenario: "lifecycle",
  level: "L1B",
  rules: [863],
  needs: RESULTS,
  expectation:
    "GET /jobs/{id}/results of a created job answers 400 JobNotStarted (or the older JobNotFinished)",
  verdict: (early: Exchange, c) => {
    c.use(early);
    return early.status === 400 && (hasCode(early, "JobNotFinished") || hasCode(early, "JobNotStarted"))
      ? pass(answered(early))
      : fail(
          `GET /jobs/{id}/results of a created job ${answered(early)}; expected 400 JobNotStarted or JobNotFinished`,
        );
  },
});
