import { scenarioCheck } from "../scenario-check.js";
import { changes, foreignWriteVerdict } from "./foreign-write.js";

/** Another user cannot modify my job. */
export const isolationModify = scenarioCheck({
  id: "isolation.modify",
  scenario: "isolation",
  level: "L3",
  rules: [],
  basis: "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
  needs: ["POST /jobs", "GET /jobs/{}", "PATCH /jobs/{}"],
  expectation:
    "another user's PATCH /jobs/{id} of my job is refused with 404 or 403, and my job keeps its title, process and status",
  verdict: foreignWriteVerdict("PATCH /jobs/{id}", (before, after) =>
    changes(before, after, ["title", "process", "status"]),
  ),
});
