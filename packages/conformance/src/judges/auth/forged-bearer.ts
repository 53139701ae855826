import { type CheckContext, type Outcome, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { tokenRefused } from "./token-refused.js";

/** What the run saw of one forged bearer on GET /me: the answer, or why it was not sent. */
export interface ForgedSeen {
  readonly answer: Exchange | undefined;
  /** The forgery in words, for observations. */
  readonly what: string;
  readonly reason: string;
}

/** GET /me with a forged bearer must answer 403 (rule 102). */
export function forgedVerdict(seen: ForgedSeen, c: CheckContext): Outcome {
  return seen.answer ? tokenRefused(c.use(seen.answer), "GET /me", seen.what) : skip(seen.reason);
}
