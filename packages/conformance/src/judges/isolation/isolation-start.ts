import { scenarioCheck } from "../scenario-check.js";
import { changes, foreignWriteVerdict } from "./foreign-write.js";

/** Another user cannot start my job. */
export const isolationStart = scenarioCheck({
  id: "isolation.start",
  scenario: "isolation",
  level: "L1B",
  rules: [],
  basis: "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results"],
  expectation:
    "another user's POST /jobs/{id}/results of my job is refused with 404 or 403, and my job stays created",
  verdict: foreignWriteVerdict("POST /jobs/{id}/results", (before, after) =>
    changes(before, after, ["status"]),
  ),
});
