import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, answeredRefusal } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 781: a deleted job is gone. */
export const jobsDeleteGone = scenarioCheck({
  id: "jobs.delete.gone",
  scenario: "lifecycle",
  level: "L1B",
  rules: [781],
  needs: ["POST /jobs", "DELETE /jobs/{}", "GET /jobs/{}"],
  expectation: "after DELETE, GET /jobs/{id} answers 404 (ideally JobNotFound) or 410",
  verdict: (gone: Exchange, c) => {
    c.use(gone);
    // 404 is what openEO recommends for a path naming no job; 410 is HTTP's own word for a deleted one
    return gone.status === 404 || gone.status === 410
      ? pass(answeredRefusal(gone, 404, "JobNotFound"))
      : fail(`GET /jobs/{id} after DELETE ${answered(gone)}; expected 404 (JobNotFound) or 410`);
  },
});
