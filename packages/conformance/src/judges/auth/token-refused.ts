import { fail, type Outcome, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, isRefusal } from "../../internal/scenarios/answers.js";

/**
 * The verdict on a request with a bad bearer (`what`), which must answer 403 (rule 102). A 401 is a refusal
 * with the wrong status; the outcome claims the token was taken only when the answer was a success.
 */
export function tokenRefused(exchange: Exchange, request: string, what: string): Outcome {
  if (exchange.status === 403) return pass(`${what}: ${request} ${answered(exchange)}`);
  if (isRefusal(exchange))
    return fail(`${what} was refused, but with ${request} ${answered(exchange)}; openEO asks for 403`);
  const status = exchange.status ?? 0;
  if (status < 200 || status >= 300)
    return fail(`${request} with ${what} ${answered(exchange)}; expected 403`);
  const user = body(exchange).user_id;
  const as = typeof user === "string" ? ` as user ${user}` : "";
  return fail(`${what} was not refused: ${request} ${answered(exchange)}${as}; expected 403`);
}
