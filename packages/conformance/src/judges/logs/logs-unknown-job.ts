import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, answeredRefusal } from "../../internal/scenarios/answers.js";
import { UNKNOWN_JOB_ID } from "../../internal/scenarios/auth.js";
import { scenarioCheck } from "../scenario-check.js";

/** The logs of a job that does not exist: 404 (openEO's JobNotFound), not a log made up for it. */
export const logsUnknownJob = scenarioCheck({
  id: "logs.unknown-job",
  scenario: "lifecycle",
  level: "L2",
  rules: [],
  basis:
    "API: 404 SHOULD answer an invalid path parameter (client_error_auth); errors.json: JobNotFound, 404",
  needs: ["GET /jobs/{}/logs"],
  expectation:
    "GET /jobs/{id}/logs of a job that does not exist answers 404 (ideally JobNotFound), not a log",
  verdict: (logs: Exchange, c) => {
    c.use(logs);
    return logs.status === 404
      ? pass(answeredRefusal(logs, 404, "JobNotFound"))
      : fail(`GET /jobs/${UNKNOWN_JOB_ID}/logs ${answered(logs)}; expected 404 JobNotFound`);
  },
});
