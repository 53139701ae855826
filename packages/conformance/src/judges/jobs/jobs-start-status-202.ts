import { judgedCheck } from "../judged-check.js";
import { BATCH } from "../needs.js";
import { isOperation, successStatus } from "./success-status.js";

/** Rule 850: POST /jobs/{id}/results answers 202. */
export const jobsStartStatus202 = judgedCheck({
  id: "jobs.start.status-202",
  scenario: "lifecycle",
  level: "L1B",
  rules: [850],
  needs: BATCH,
  expectation: "POST /jobs/{id}/results answers 202",
  unjudged: "no POST /jobs/{id}/results was answered with success or made for a job that could start",
  judge: (exchange) =>
    isOperation(exchange, "POST", "/jobs/{job_id}/results")
      ? successStatus(exchange, "POST /jobs/{id}/results", [[202, "202 Accepted"]])
      : undefined,
});
