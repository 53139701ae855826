import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { foreignVerdict } from "./foreign-verdict.js";

/** Another user cannot read my job. Not an exchange judge: which user asked for whose job is the run's knowledge. */
export const isolationDescribe = scenarioCheck({
  id: "isolation.describe",
  scenario: "isolation",
  level: "L1B",
  rules: [],
  basis: "API: a batch job is the authenticated user's; 403 or 404 otherwise",
  needs: ["POST /jobs", "GET /jobs/{}"],
  expectation: "another user's GET /jobs/{id} of my job is refused with 404 (ideally JobNotFound) or 403",
  verdict: (foreign: Exchange, c) => foreignVerdict(c.use(foreign), "GET /jobs/{id}"),
});
