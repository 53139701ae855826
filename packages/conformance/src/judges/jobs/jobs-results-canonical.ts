import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { stacProblem } from "../../internal/scenarios/results.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** The results, their rel=canonical href (resolved) and the GET of it without credentials. */
export interface Canonical {
  readonly exchange: Exchange;
  readonly href: string | undefined;
  readonly fetched: Exchange | undefined;
}

/** Rule 871: the results' rel=canonical link gives access without credentials (it is public or signed). */
export const jobsResultsCanonical = scenarioCheck({
  id: "jobs.results.canonical",
  scenario: "lifecycle",
  level: "L1B",
  rules: [871],
  needs: RESULTS,
  expectation:
    "the results' rel=canonical link answers the results document without credentials (public or signed)",
  verdict: ({ exchange, href, fetched }: Canonical, c) => {
    c.use(exchange);
    if (!href) return fail("no link with rel=canonical and an href");
    const document = c.use(fetched);
    if (document.status !== 200)
      return fail(
        `GET of the canonical link ${href} without credentials ${answered(document)}; expected 200`,
      );
    const problem = stacProblem(body(document));
    return problem
      ? fail(`the canonical link ${href} answers 200 without credentials, but ${problem}`)
      : pass(`${href} answers the results without credentials`);
  },
});
