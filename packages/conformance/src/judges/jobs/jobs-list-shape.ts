import type { Exchange } from "../../internal/probe.js";
import { listPageVerdict } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 710, 711: GET /jobs is a list page. */
export const jobsListShape = scenarioCheck({
  id: "jobs.list.shape",
  scenario: "lifecycle",
  level: "L1B",
  rules: [710, 711],
  needs: ["GET /jobs"],
  expectation: "GET /jobs with auth answers 200 with jobs and links arrays",
  verdict: (list: Exchange, c) => listPageVerdict(c.use(list), "GET /jobs", "jobs", "jobs"),
});
