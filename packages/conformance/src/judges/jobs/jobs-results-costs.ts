import type { Exchange } from "../../internal/probe.js";
import { costsVerdict } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 864: the results answer says what the job cost. */
export const jobsResultsCosts = scenarioCheck({
  id: "jobs.results.costs",
  scenario: "lifecycle",
  level: "L3",
  rules: [864],
  needs: RESULTS,
  expectation: "the results answer has an OpenEO-Costs header with a number",
  verdict: (exchange: Exchange, c) => costsVerdict(c.use(exchange)),
});
