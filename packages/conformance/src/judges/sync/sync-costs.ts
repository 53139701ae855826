import type { Exchange } from "../../internal/probe.js";
import { costsVerdict } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import { hasData, NO_DATA } from "./sync-result.js";

/** Rule 907: a result says what it cost. */
export const syncCosts = scenarioCheck({
  id: "sync.costs",
  scenario: "sync",
  level: "L3",
  rules: [907],
  needs: ["POST /result"],
  expectation: "the answer has an OpenEO-Costs header with a number",
  verdict: (result: Exchange, c) => {
    c.use(result);
    return hasData(result) ? costsVerdict(result) : NO_DATA;
  },
});
