import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body } from "../../internal/scenarios/answers.js";
import { stacProblem } from "../../internal/scenarios/results.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 865, 866: the results are a STAC Item or Collection. */
export const jobsResultsStac = scenarioCheck({
  id: "jobs.results.stac",
  scenario: "lifecycle",
  level: "L1B",
  rules: [865, 866],
  needs: RESULTS,
  expectation:
    "the results are a STAC Item (type Feature) or Collection with stac_version 0.9.x or 1.x.x (1.0.0 preferred)",
  verdict: (exchange: Exchange, c) => {
    c.use(exchange);
    const metadata = body(exchange);
    const problem = stacProblem(metadata);
    return problem
      ? fail(problem)
      : pass(
          `a STAC ${String(metadata.stac_version)} ${metadata.type === "Feature" ? "Item" : "Collection"}`,
        );
  },
});
