import { judgedCheck } from "../judged-check.js";
import { isOperation, successStatus } from "./success-status.js";

/** Rules 730, 736: a valid job is created with 201. */
export const jobsCreateStatus201 = judgedCheck({
  id: "jobs.create.status-201",
  scenario: "lifecycle",
  level: "L1B",
  rules: [730, 736],
  needs: ["POST /jobs"],
  expectation: "POST /jobs with a valid process answers 201",
  unjudged: "no POST /jobs was answered with success or made with a valid job",
  judge: (exchange) =>
    isOperation(exchange, "POST", "/jobs")
      ? successStatus(exchange, "POST /jobs", [[201, "201 Created"]])
      : undefined,
});
