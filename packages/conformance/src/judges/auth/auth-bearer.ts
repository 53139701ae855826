import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import { NONE_PROTECTED } from "./protected-paths.js";

/** Whether a request with the bearer succeeded. */
export const succeeded = (exchange: Exchange) =>
  exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300;

/**
 * Rule 100: the main user's legacy bearer on every protected endpoint. Not an exchange judge: that the bearer is
 * the user's valid one, and whether the run went on with the plain form, is the run's knowledge. `shown` is the
 * bearer as observations show it; `switched` says the plain form was accepted and the run goes on with it.
 */
export const authBearer = scenarioCheck({
  id: "auth.bearer",
  scenario: "auth",
  level: "L1",
  rules: [100],
  needs: [],
  expectation:
    "every listed protected endpoint accepts the legacy bearer (`Bearer basic//TOKEN`, `Bearer oidc/PROVIDER/TOKEN`); on 1.3.0 with the JWT class listed, the run goes on with the plain form when only that works",
  verdict: (seen: { answers: readonly Exchange[]; shown: string; switched: boolean }, c) => {
    const { answers } = seen;
    if (answers.length === 0) return skip(NONE_PROTECTED);
    const refused = answers.find((exchange) => !succeeded(exchange));
    if (!refused)
      return pass(`${answers.map((e) => `GET ${e.url.pathname} ${e.status}`).join(", ")} with ${seen.shown}`);
    c.use(refused);
    const then = seen.switched
      ? "; the plain form Bearer <token> (the JWT conformance class is listed) was accepted, so the run goes on with it"
      : "";
    return fail(`GET ${refused.url.pathname} with the token ${answered(refused)}${then}`);
  },
});
