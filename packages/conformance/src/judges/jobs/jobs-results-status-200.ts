import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 860, 861: the results of a finished job answer 200. */
export const jobsResultsStatus200 = scenarioCheck({
  id: "jobs.results.status-200",
  scenario: "lifecycle",
  level: "L1B",
  rules: [860, 861],
  needs: RESULTS,
  expectation: "GET /jobs/{id}/results of a finished job answers 200",
  verdict: (exchange: Exchange, c) => {
    c.use(exchange);
    return exchange.status === 200
      ? pass("200")
      : fail(`GET /jobs/{id}/results of a finished job ${answered(exchange)}`);
  },
});
