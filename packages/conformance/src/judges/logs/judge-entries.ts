import { type CheckContext, type Outcome, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, type JsonObject } from "../../internal/scenarios/answers.js";
import { entriesOf } from "./entries-of.js";

/**
 * The verdict of a check on the entries of a finished job's log page: `judge` on them, or not evaluated when the
 * page has none (logs.shape judges a page that did not answer).
 */
export function judgeEntries(
  page: Exchange,
  c: CheckContext,
  judge: (entries: JsonObject[]) => Outcome,
): Outcome {
  c.use(page);
  const entries = entriesOf(page);
  if (page.status === 200 && entries.length > 0) return judge(entries);
  return skip(
    `no entries to judge (${page.status === 200 ? "the finished job has an empty log" : answered(page)})`,
  );
}
