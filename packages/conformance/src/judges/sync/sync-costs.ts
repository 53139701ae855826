import { costsProblem } from "../../internal/costs-problem.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { judgeSyncResult, NO_RESULT } from "./sync-answer.js";

/** Rule 907: a result says what it cost. */
export const syncCosts = judgedCheck({
  id: "sync.costs",
  scenario: "sync",
  level: "L3",
  rules: [907],
  needs: ["POST /result"],
  expectation: "the answer has an OpenEO-Costs header with a number",
  unjudged: NO_RESULT,
  judge: (exchange) =>
    judgeSyncResult(exchange, (answer) => {
      const problem = costsProblem(answer.responseHeaders);
      return problem ? breaks(problem) : conforms;
    }),
});
