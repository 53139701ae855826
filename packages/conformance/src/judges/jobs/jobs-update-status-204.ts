import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 760: PATCH /jobs/{id} answers 204. */
export const jobsUpdateStatus204 = scenarioCheck({
  id: "jobs.update.status-204",
  scenario: "lifecycle",
  level: "L3",
  rules: [760],
  needs: ["PATCH /jobs/{}"],
  expectation: "PATCH /jobs/{id} with a new title and description answers 204",
  verdict: (update: Exchange, c) => {
    c.use(update);
    return update.status === 204 ? pass("204") : fail(`PATCH /jobs/{id} ${answered(update)}; expected 204`);
  },
});
