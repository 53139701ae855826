import type { Exchange } from "../../internal/probe.js";
import { listPageVerdict } from "../../internal/scenarios/answers.js";
import { LOGS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 800, 804: a job's logs are a list page. */
export const logsShape = scenarioCheck({
  id: "logs.shape",
  scenario: "lifecycle",
  level: "L2",
  rules: [800, 804],
  needs: LOGS,
  expectation: "GET /jobs/{id}/logs answers 200 with logs and links arrays",
  verdict: (page: Exchange, c) => listPageVerdict(c.use(page), "GET /jobs/{id}/logs", "logs", "entries"),
});
