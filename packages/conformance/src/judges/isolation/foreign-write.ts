import { type CheckContext, fail, type Outcome, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { statusOf, statusRank } from "../../internal/scenarios/jobs.js";
import { foreignVerdict } from "./foreign-verdict.js";

/** Another user's write of my job, between two descriptions of the job by its owner. */
export interface ForeignWrite {
  readonly before: Exchange;
  readonly foreign: Exchange;
  readonly after: Exchange;
}

/** JSON text with object keys sorted, so that two equal documents compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
}

/** What changed between two descriptions of the job by its owner ("" when nothing the request could touch). */
export function changes(before: Exchange, after: Exchange, fields: readonly string[]): string {
  if (after.status !== 200) return `its owner's GET /jobs/{id} then ${answered(after)}`;
  const changed = fields.filter((field) => canonical(body(before)[field]) !== canonical(body(after)[field]));
  return changed.length > 0 ? `its ${changed.join(" and ")} changed` : "";
}

/** A foreign cancel changed the job when it is canceled now, or went back (a queued or running job to created). */
export function canceledBy(before: Exchange, after: Exchange): string {
  const was = statusOf(before);
  const now = statusOf(after);
  if (after.status !== 200) return changes(before, after, []);
  const stopped = (now === "canceled" && was !== "canceled") || statusRank(now) < statusRank(was);
  return stopped ? `it went from ${was} to ${now}` : "";
}

/**
 * The verdict of an isolation check on a write (`request`, as shown): it fails when the write was not refused,
 * or when `changed` finds a change between the owner's descriptions before and after it. Not an exchange judge:
 * which user sent what, and whose job it is, is the run's knowledge.
 */
export function foreignWriteVerdict(request: string, changed: (before: Exchange, after: Exchange) => string) {
  return ({ before, foreign, after }: ForeignWrite, c: CheckContext): Outcome => {
    c.use(before);
    const verdict = foreignVerdict(c.use(foreign), request);
    c.use(after);
    const change = changed(before, after);
    if (verdict.status !== "pass")
      return fail(change ? `${verdict.observation}, and ${change}` : verdict.observation);
    return change
      ? fail(`${verdict.observation}, yet the job did not stay as it was: ${change}`)
      : pass(`${verdict.observation}; its owner reads it unchanged (status ${statusOf(after)})`);
  };
}
