import { entriesOf } from "../../judges/logs/entries-of.js";
import { logsEntries } from "../../judges/logs/logs-entries.js";
import { logsLimit } from "../../judges/logs/logs-limit.js";
import { logsMessages } from "../../judges/logs/logs-messages.js";
import { logsOffset } from "../../judges/logs/logs-offset.js";
import { logsShape } from "../../judges/logs/logs-shape.js";
import { logsTime } from "../../judges/logs/logs-time.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { body, findLink } from "./answers.js";
import { judgeMade } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";

/** The log checks on a finished job: shape, entry fields, times, messages, offset and limit. */
export async function logs(s: Session, jobId: string): Promise<void> {
  const page = await s.api("GET", "/jobs/{}/logs", { params: [jobId] });
  await judgeScenario(s, logsShape, page);
  for (const check of [logsEntries, logsTime, logsMessages]) await judgeMade(s, check, [page]);
  const ids = entriesOf(page).map((entry) => String(entry.id));
  if (s.runs(logsOffset.id)) {
    const after =
      ids.length >= 2
        ? await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { offset: ids[0] as string } })
        : undefined;
    await judgeScenario(s, logsOffset, { page, after });
  }
  if (s.runs(logsLimit.id)) await limitPages(s, jobId, page, ids.length);
}

/** logs?limit=1 and the page its next link leads to (with at least 2 entries, else nothing is asked). */
async function limitPages(s: Session, jobId: string, page: Exchange, count: number): Promise<void> {
  const limited =
    count >= 2 ? await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { limit: "1" } }) : undefined;
  const next = limited ? findLink(body(limited).links, "next") : undefined;
  const nextPage =
    limited && next
      ? await s.fetchUrl("GET", new URL(String(next.href), limited.url).href, s.authHeader(), "api")
      : undefined;
  await judgeScenario(s, logsLimit, { page, limited, next, nextPage });
}
