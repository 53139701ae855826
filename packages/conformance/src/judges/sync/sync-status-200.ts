import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 900, 905: a valid POST /result answers 200 with the data. */
export const syncStatus200 = scenarioCheck({
  id: "sync.status-200",
  scenario: "sync",
  level: "L1A",
  rules: [900, 905],
  needs: ["POST /result"],
  expectation: "POST /result with a valid process answers 200 with the data in the body",
  verdict: (result: Exchange, c) => {
    c.use(result);
    if (result.status !== 200) return fail(`POST /result ${answered(result)}; expected 200`);
    if (result.problem) return fail(result.problem);
    return result.bytes.length > 0
      ? pass(`${result.bytes.length} bytes of ${result.headers.get("content-type")}`)
      : fail("200 with an empty body");
  },
});
