import { scenarioCheck } from "../scenario-check.js";
import { canceledBy, foreignWriteVerdict } from "./foreign-write.js";

/** Another user cannot cancel my job. */
export const isolationCancel = scenarioCheck({
  id: "isolation.cancel",
  scenario: "isolation",
  level: "L1B",
  rules: [],
  basis: "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "DELETE /jobs/{}/results"],
  expectation:
    "another user's DELETE /jobs/{id}/results of my started job is refused with 404 or 403, and my job is neither canceled nor set back",
  verdict: foreignWriteVerdict("DELETE /jobs/{id}/results", canceledBy),
});
