import { scenarioCheck } from "../scenario-check.js";
import { faultyGraphVerdict } from "./validation-verdict.js";

/** Rules 492, 493 and 495: POST /validation of a graph with the number 42 as save_result's format. */
export const processesWrongType = scenarioCheck({
  id: "processes.wrong-type",
  scenario: "processes",
  level: "L3",
  rules: [492, 493, 495],
  needs: ["POST /validation"],
  expectation:
    "POST /validation of a graph with an argument of the wrong type answers 200 with an error (openEO's code: ProcessParameterInvalid)",
  verdict: faultyGraphVerdict("with the number 42 as save_result's format", "ProcessParameterInvalid"),
});
