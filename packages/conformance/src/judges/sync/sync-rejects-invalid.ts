import type { Exchange } from "../../internal/probe.js";
import { refusalVerdict } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 901: POST /result of a graph naming an unknown process is refused. */
export const syncRejectsInvalid = scenarioCheck({
  id: "sync.rejects-invalid",
  scenario: "sync",
  level: "L1A",
  rules: [901],
  needs: ["POST /result"],
  expectation: "POST /result with a process graph naming an unknown process is refused with a 4xx error",
  verdict: (rejected: Exchange, c) => refusalVerdict(c.use(rejected), "POST /result"),
});
