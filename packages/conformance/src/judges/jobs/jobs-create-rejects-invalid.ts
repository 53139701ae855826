import type { Exchange } from "../../internal/probe.js";
import { refusalVerdict } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 731: a job naming an unknown process is refused. */
export const jobsCreateRejectsInvalid = scenarioCheck({
  id: "jobs.create.rejects-invalid",
  scenario: "lifecycle",
  level: "L1B",
  rules: [731],
  needs: ["POST /jobs"],
  expectation: "POST /jobs with a process graph naming an unknown process is refused with a 4xx error",
  verdict: (rejected: Exchange, c) => refusalVerdict(c.use(rejected), "POST /jobs"),
});
