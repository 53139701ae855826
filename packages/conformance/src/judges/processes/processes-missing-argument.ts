import { scenarioCheck } from "../scenario-check.js";
import { faultyGraphVerdict } from "./validation-verdict.js";

/** Rules 492, 493 and 495: POST /validation of a graph without save_result's required format. */
export const processesMissingArgument = scenarioCheck({
  id: "processes.missing-argument",
  scenario: "processes",
  level: "L3",
  rules: [492, 493, 495],
  needs: ["POST /validation"],
  expectation:
    "POST /validation of a graph without a required argument answers 200 with an error (openEO's code: ProcessParameterRequired)",
  verdict: faultyGraphVerdict("without save_result's required format", "ProcessParameterRequired"),
});
