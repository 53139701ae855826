import { fail, type Outcome, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, answeredRefusal } from "../../internal/scenarios/answers.js";

/**
 * The verdict on another user's request for my job: refused with 404 (openEO: the job does not exist for that
 * user, ideally JobNotFound) or 403; anything else fails.
 */
export function foreignVerdict(exchange: Exchange, request: string): Outcome {
  if (exchange.status === 404) return pass(answeredRefusal(exchange, 404, "JobNotFound"));
  if (exchange.status === 403) return pass(`${answered(exchange)} (a 404 would hide that the job exists)`);
  return fail(`the second user's ${request} of the first user's job ${answered(exchange)}`);
}
