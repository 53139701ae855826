import { scenarioCheck } from "../scenario-check.js";
import { faultyGraphVerdict } from "./validation-verdict.js";

/** Rules 492–494: POST /validation of a graph naming an unknown process. */
export const processesUnknown = scenarioCheck({
  id: "processes.unknown",
  scenario: "processes",
  level: "L3",
  rules: [492, 493, 494],
  needs: ["POST /validation"],
  expectation:
    "POST /validation of a graph naming an unknown process answers 200 with an error (openEO's code: ProcessUnsupported)",
  verdict: faultyGraphVerdict("naming an unknown process", "ProcessUnsupported"),
});
