import type { CheckContext } from "../../internal/outcome.js";
import { fail, type Outcome, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";

/** What the run saw of one JWT bearer form on GET /me: the answer, or why it did not ask. */
export interface JwtBearerSeen {
  readonly exchange: Exchange | undefined;
  readonly reason: string | undefined;
  /** The bearer form as observations show it. */
  readonly form: string;
}

/** GET /me with a form of the user's JWT answers 200 (rule 100, with the JWT conformance class). */
export function jwtBearerVerdict(seen: JwtBearerSeen, c: CheckContext): Outcome {
  const { exchange, form } = seen;
  if (seen.reason || !exchange) return skip(seen.reason ?? "not asked");
  c.use(exchange);
  return exchange.status === 200
    ? pass(`GET /me with ${form} answered 200`)
    : fail(`GET /me with ${form} ${answered(exchange)}; expected 200`);
}
