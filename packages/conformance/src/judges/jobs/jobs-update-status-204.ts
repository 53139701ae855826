import { judgedCheck } from "../judged-check.js";
import { isOperation, successStatus } from "./success-status.js";

/** Rule 760: PATCH /jobs/{id} answers 204. */
export const jobsUpdateStatus204 = judgedCheck({
  id: "jobs.update.status-204",
  scenario: "lifecycle",
  level: "L3",
  rules: [760],
  needs: ["PATCH /jobs/{}"],
  expectation: "PATCH /jobs/{id} with a new title and description answers 204",
  unjudged: "no PATCH /jobs/{id} was answered with success or made with a valid update",
  judge: (exchange) =>
    isOperation(exchange, "PATCH", "/jobs/{job_id}")
      ? successStatus(exchange, "PATCH /jobs/{id}", [[204, "204"]])
      : undefined,
});
