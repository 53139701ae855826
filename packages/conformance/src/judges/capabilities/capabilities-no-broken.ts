import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** A listed endpoint that does not answer, or answers 404 or a server error. */
const broken = (exchange: Exchange) =>
  exchange.status === undefined || exchange.status === 404 || exchange.status >= 500;

/**
 * Rule 32: nothing is listed that does not work. Not an exchange judge: a 404 is a fault only for an endpoint
 * the capabilities list, which the run knows and a single exchange does not say.
 */
export const capabilitiesNoBroken = scenarioCheck({
  id: "capabilities.no-broken",
  scenario: "discovery",
  level: "L1",
  rules: [32],
  needs: [],
  expectation: "every listed GET endpoint without path parameters answers, none with 404 or 501",
  verdict: (seen: { asked: readonly Exchange[]; listed: number; limit: number }, c) => {
    const faulty = seen.asked.filter(broken);
    for (const exchange of faulty) c.note(exchange);
    return faulty.length > 0
      ? fail(
          `listed but broken: ${listSome(faulty.map((exchange) => `GET ${exchange.url.pathname} ${answered(exchange)}`))}`,
        )
      : pass(
          `${seen.asked.length} listed GET endpoints answer (${seen.listed > seen.limit ? `first ${seen.limit}` : "all"})`,
        );
  },
});
