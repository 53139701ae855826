import { type CheckContext, type Outcome, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";

/**
 * Rule 736 asks for the headers of a successful creation; a refused one is judged by jobs.create.status-201, so
 * the header checks are not evaluated on it (undefined: the creation succeeded).
 */
export function notCreated(creation: Exchange, c: CheckContext): Outcome | undefined {
  c.note(creation);
  if (creation.status === undefined || creation.status >= 300)
    return skip(`not evaluated: POST /jobs ${answered(creation)}`);
  c.use(creation);
  return undefined;
}
