import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 730, 736: a valid job is created with 201. */
export const jobsCreateStatus201 = scenarioCheck({
  id: "jobs.create.status-201",
  scenario: "lifecycle",
  level: "L1B",
  rules: [730, 736],
  needs: ["POST /jobs"],
  expectation: "POST /jobs with a valid process answers 201",
  verdict: (creation: Exchange, c) => {
    c.use(creation);
    return creation.status === 201
      ? pass("201 Created")
      : fail(`POST /jobs ${answered(creation)}; expected 201`);
  },
});
