import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body } from "../../internal/scenarios/answers.js";
import { resultProperty } from "../../internal/scenarios/results.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** The results and the target's idea of now when they were read (milliseconds since the epoch). */
export interface ExpiresBy {
  readonly exchange: Exchange;
  readonly now: number;
}

/** Rule 872: the results say when their links expire, in the future. */
export const jobsResultsExpires = scenarioCheck({
  id: "jobs.results.expires",
  scenario: "lifecycle",
  level: "L1B",
  rules: [872],
  needs: RESULTS,
  expectation: "the results say when their links expire (`expires`, a date-time in the future)",
  verdict: ({ exchange, now }: ExpiresBy, c) => {
    c.use(exchange);
    const expires = resultProperty(body(exchange), "expires");
    if (typeof expires !== "string") return fail("no expires");
    const expiresAt = Date.parse(expires);
    if (Number.isNaN(expiresAt)) return fail(`expires ${JSON.stringify(expires)} is not a date-time`);
    return expiresAt > now
      ? pass(`expires ${expires}`)
      : fail(`expires ${expires} is already past (server time ${new Date(now).toISOString()})`);
  },
});
