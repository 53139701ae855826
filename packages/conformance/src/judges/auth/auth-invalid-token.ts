import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import { NONE_PROTECTED } from "./protected-paths.js";
import { tokenRefused } from "./token-refused.js";

const request = (exchange: Exchange) => `GET ${exchange.url.pathname}`;

/**
 * Rule 102: every protected endpoint refuses an invalid bearer with 403; the first that does not gives the
 * verdict. Not an exchange judge: that the bearer is invalid is the run's knowledge (it made it up).
 */
export const authInvalidToken = scenarioCheck({
  id: "auth.invalid-token",
  scenario: "auth",
  level: "L1",
  rules: [102],
  needs: [],
  expectation:
    "every listed protected endpoint (GET /me, /jobs, /process_graphs, /files, /services) with an invalid bearer token answers 403",
  verdict: (answers: readonly Exchange[], c) => {
    const what = "an invalid token";
    if (answers.length === 0) return skip(NONE_PROTECTED);
    for (const exchange of answers) c.note(exchange);
    const wrong = answers.find((exchange) => exchange.status !== 403);
    if (!wrong) return pass(`${what}: ${answers.map(request).join(", ")} answered 403`);
    const verdict = tokenRefused(wrong, request(wrong), what);
    const others = answers.filter((exchange) => exchange !== wrong && exchange.status !== 403);
    return others.length === 0
      ? verdict
      : fail(`${verdict.observation}; also ${listSome(others.map((e) => `${request(e)} ${answered(e)}`))}`);
  },
});
