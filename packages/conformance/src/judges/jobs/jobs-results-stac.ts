import { stacProblem } from "../../internal/scenarios/results.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { judgeResultsDocument, NO_RESULTS } from "./results-document.js";

/** Rules 865, 866: the results are a STAC Item or Collection. */
export const jobsResultsStac = judgedCheck({
  id: "jobs.results.stac",
  scenario: "lifecycle",
  level: "L1B",
  rules: [865, 866],
  needs: RESULTS,
  expectation:
    "the results are a STAC Item (type Feature) or Collection with stac_version 0.9.x or 1.x.x (1.0.0 preferred)",
  unjudged: NO_RESULTS,
  judge: (exchange) =>
    judgeResultsDocument(exchange, (metadata) => {
      const problem = stacProblem(metadata);
      return problem ? breaks(problem) : conforms;
    }),
});
