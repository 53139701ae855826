import { costsProblem } from "../../internal/costs-problem.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { judgeResultsDocument, NO_RESULTS } from "./results-document.js";

/** Rule 864: the results answer says what the job cost. */
export const jobsResultsCosts = judgedCheck({
  id: "jobs.results.costs",
  scenario: "lifecycle",
  level: "L3",
  rules: [864],
  needs: RESULTS,
  expectation: "the results answer has an OpenEO-Costs header with a number",
  unjudged: NO_RESULTS,
  judge: (exchange) =>
    judgeResultsDocument(exchange, (_metadata, answer) => {
      const problem = costsProblem(answer.responseHeaders);
      return problem ? breaks(problem) : conforms;
    }),
});
