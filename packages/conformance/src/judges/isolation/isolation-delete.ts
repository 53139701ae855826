import { scenarioCheck } from "../scenario-check.js";
import { changes, foreignWriteVerdict } from "./foreign-write.js";

/** Another user cannot delete my job. */
export const isolationDelete = scenarioCheck({
  id: "isolation.delete",
  scenario: "isolation",
  level: "L1B",
  rules: [],
  basis: "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
  needs: ["POST /jobs", "GET /jobs/{}", "DELETE /jobs/{}"],
  expectation:
    "another user's DELETE /jobs/{id} of my job is refused with 404 or 403, and my job still exists",
  verdict: foreignWriteVerdict("DELETE /jobs/{id}", (before, after) => changes(before, after, [])),
});
