import { judgedCheck } from "../judged-check.js";
import { isOperation, successStatus } from "./success-status.js";

/** Rule 780: DELETE /jobs/{id} answers 204. */
export const jobsDeleteStatus204 = judgedCheck({
  id: "jobs.delete.status-204",
  scenario: "lifecycle",
  level: "L1B",
  rules: [780],
  needs: ["POST /jobs", "DELETE /jobs/{}"],
  expectation: "DELETE /jobs/{id} answers 204",
  unjudged: "no DELETE /jobs/{id} was answered with success or made for a job the run created",
  judge: (exchange) =>
    isOperation(exchange, "DELETE", "/jobs/{job_id}")
      ? successStatus(exchange, "DELETE /jobs/{id}", [[204, "204"]])
      : undefined,
});
