import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 780: DELETE /jobs/{id} answers 204. */
export const jobsDeleteStatus204 = scenarioCheck({
  id: "jobs.delete.status-204",
  scenario: "lifecycle",
  level: "L1B",
  rules: [780],
  needs: ["POST /jobs", "DELETE /jobs/{}"],
  expectation: "DELETE /jobs/{id} answers 204",
  verdict: (deleted: Exchange, c) => {
    c.use(deleted);
    return deleted.status === 204
      ? pass("204")
      : fail(`DELETE /jobs/{id} ${answered(deleted)}; expected 204`);
  },
});
