import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { foreignVerdict } from "./foreign-verdict.js";

/** Another user cannot read my job's logs. Not an exchange judge: which user asked for whose job is the run's knowledge. */
export const isolationLogs = scenarioCheck({
  id: "isolation.logs",
  scenario: "isolation",
  level: "L2",
  rules: [],
  basis:
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else, its logs included",
  needs: ["POST /jobs", "GET /jobs/{}/logs"],
  expectation:
    "another user's GET /jobs/{id}/logs of my job is refused with 404 (ideally JobNotFound) or 403",
  verdict: (foreign: Exchange, c) => foreignVerdict(c.use(foreign), "GET /jobs/{id}/logs"),
});
