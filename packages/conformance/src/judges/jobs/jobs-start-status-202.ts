import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 850: POST /jobs/{id}/results answers 202. */
export const jobsStartStatus202 = scenarioCheck({
  id: "jobs.start.status-202",
  scenario: "lifecycle",
  level: "L1B",
  rules: [850],
  needs: BATCH,
  expectation: "POST /jobs/{id}/results answers 202",
  verdict: (start: Exchange, c) => {
    c.use(start);
    return start.status === 202
      ? pass("202 Accepted")
      : fail(`POST /jobs/{id}/results ${answered(start)}; expected 202`);
  },
});
