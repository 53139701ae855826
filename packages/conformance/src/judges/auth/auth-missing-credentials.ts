import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import { NONE_PROTECTED } from "./protected-paths.js";

const request = (exchange: Exchange) => `GET ${exchange.url.pathname}`;

/**
 * Rule 101: every protected endpoint asked without credentials answers 401. Judged on the run's requests as one
 * sentence naming every endpoint (a shared judge's verdict would count exchanges instead), so the proxy does not
 * judge it.
 */
export const authMissingCredentials = scenarioCheck({
  id: "auth.missing-credentials",
  scenario: "auth",
  level: "L1",
  rules: [101],
  needs: [],
  expectation:
    "every listed protected endpoint (GET /me, /jobs, /process_graphs, /files, /services) without credentials answers 401",
  verdict: (answers: readonly Exchange[], c) => {
    if (answers.length === 0) return skip(NONE_PROTECTED);
    for (const exchange of answers) c.note(exchange);
    const wrong = answers
      .filter((exchange) => exchange.status !== 401)
      .map((e) => `${request(e)} ${answered(e)}`);
    return wrong.length === 0
      ? pass(`${answers.map(request).join(", ")} without credentials: 401`)
      : fail(`without credentials: ${listSome(wrong)}; expected 401`, wrong);
  },
});
