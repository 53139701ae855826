import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Whether an answer shows the endpoint exists: a success, or openEO's JobNotFound for the unknown job. */
export const answersAsImplemented = (exchange: Exchange) =>
  (exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300) ||
  (exchange.status === 404 && body(exchange).code === "JobNotFound");

/**
 * Rule 31: every implemented endpoint is listed. Not an exchange judge: which endpoints the capabilities leave
 * out is the run's knowledge. `asked` pairs each unlisted request as shown (`GET /jobs/{id}`) with its exchange;
 * `noToken` says why only the public endpoints were asked when the run has no token.
 */
export const capabilitiesUnlisted = scenarioCheck({
  id: "capabilities.unlisted",
  scenario: "discovery",
  level: "L2",
  rules: [31],
  needs: [],
  expectation:
    "no unlisted endpoint answers as an implemented one (GET /conformance, /me, /jobs, /process_graphs, /files, the job endpoints with an unknown id); one that does is still used by the run",
  verdict: (
    {
      asked,
      noToken,
    }: { asked: readonly (readonly [request: string, exchange: Exchange])[]; noToken?: string },
    c,
  ) => {
    for (const [, exchange] of asked) c.note(exchange);
    const found = asked
      .filter(([, exchange]) => answersAsImplemented(exchange))
      .map(([request, exchange]) => `${request} ${answered(exchange)}`);
    if (found.length > 0)
      return fail(`answer although the capabilities do not list them: ${listSome(found)}`, found);
    return noToken
      ? skip(noToken)
      : pass(`unlisted and asked: ${asked.length}; none answered as an implemented one`);
  },
});
