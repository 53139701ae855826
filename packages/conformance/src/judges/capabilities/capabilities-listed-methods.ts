import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** A listed endpoint that answers as if it did not exist: 405, 501, or a 404 without a resource's error code. */
const notThere = (exchange: Exchange) => {
  const code = body(exchange).code;
  return (
    exchange.status === 405 ||
    exchange.status === 501 ||
    (exchange.status === 404 && (code === undefined || code === "NotFound"))
  );
};

/**
 * Rule 32: every listed endpoint with path parameters, asked for an unknown resource, answers as one that exists.
 * Not an exchange judge: whether the endpoint is listed is the run's knowledge. `asked` pairs each request as
 * shown (`GET /jobs/{id}`) with its exchange.
 */
export const capabilitiesListedMethods = scenarioCheck({
  id: "capabilities.listed-methods",
  scenario: "discovery",
  level: "L1",
  rules: [32],
  needs: [],
  expectation:
    "every listed endpoint with path parameters (except PUT), asked for an unknown id, answers as an implemented one: not 405, 501 or a 404 without a resource's error code",
  verdict: (asked: readonly (readonly [request: string, exchange: Exchange])[], c) => {
    const broken = asked.filter(([, exchange]) => notThere(exchange));
    for (const [, exchange] of broken) c.note(exchange);
    const words = broken.map(([request, exchange]) => `${request} ${answered(exchange)}`);
    return broken.length > 0
      ? fail(`listed but not implemented: ${listSome(words)}`, words)
      : pass(`${asked.length} listed endpoints with path parameters answer as implemented ones`);
  },
});
