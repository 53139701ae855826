import { isJobFailure } from "../../internal/error-body.js";
import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 861: the results of a failed job answer 424 with the error. */
export const failingResults424 = scenarioCheck({
  id: "failing.results-424",
  scenario: "failing",
  level: "L1B",
  rules: [861],
  needs: RESULTS,
  expectation:
    "GET /jobs/{id}/results of a failed job answers 424 with the error: a log entry (as the API document has it) or an error object",
  verdict: (results: Exchange, c) => {
    c.use(results);
    if (results.status !== 424)
      return fail(`GET /jobs/{id}/results of a failed job ${answered(results)}; expected 424`);
    return isJobFailure(results.json)
      ? pass(answered(results))
      : fail("424 without the error: neither an error (code, message) nor a log entry (level, message)");
  },
});
