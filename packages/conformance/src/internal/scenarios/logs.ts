import { LOG_LEVELS } from "@jobkit/spec/facts";
import { entriesOf } from "../../judges/logs/entries-of.js";
import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, body, findLink, listPageVerdict, listSome } from "./answers.js";

const LEVELS = new Set<string>(LOG_LEVELS);
const MAX_MESSAGE = 1000;
const STACK_TRACE = /\n\s+at\s|Traceback \(most recent call last\)|Exception in thread/;

/** The log checks on a finished job: shape, entry fields, times, messages, offset and limit. */
export async function logs(s: Session, jobId: string): Promise<void> {
  const page = await s.api("GET", "/jobs/{}/logs", { params: [jobId] });
  const entries = entriesOf(page);
  await s.check("logs.shape", (c) => listPageVerdict(c.use(page), "GET /jobs/{id}/logs", "logs", "entries"));
  const ok = page.status === 200 && entries.length > 0;
  const noEntries = `no entries to judge (${page.status === 200 ? "the finished job has an empty log" : answered(page)})`;
  await s.check("logs.entries", (c) => {
    c.use(page);
    if (!ok) return skip(noEntries);
    const broken = entries.filter(
      (entry) =>
        typeof entry.id !== "string" ||
        !entry.id ||
        !LEVELS.has(String(entry.level)) ||
        typeof entry.message !== "string",
    );
    return broken.length > 0
      ? fail(
          `${broken.length} entries lack a string id, a known level or a message: ${JSON.stringify(broken[0]).slice(0, 200)}`,
        )
      : pass(`${entries.length} entries with id, level and message`);
  });
  await s.check("logs.time", (c) => {
    c.use(page);
    if (!ok) return skip(noEntries);
    const broken = entries.filter(
      (entry) => typeof entry.time !== "string" || Number.isNaN(Date.parse(entry.time)),
    );
    return broken.length > 0
      ? fail(`${broken.length} of ${entries.length} entries have no valid time`)
      : pass("every entry has a time");
  });
  await s.check("logs.messages", (c) => {
    c.use(page);
    if (!ok) return skip(noEntries);
    const long = entries.filter(
      (entry) =>
        typeof entry.message === "string" &&
        (entry.message.length > MAX_MESSAGE || STACK_TRACE.test(entry.message)),
    );
    return long.length > 0
      ? fail(
          `${long.length} messages are longer than ${MAX_MESSAGE} characters or hold a stack trace: ${String(long[0]?.message).slice(0, 120)}…`,
        )
      : pass("short messages without stack traces");
  });

  const ids = entries.map((entry) => String(entry.id));
  if (s.runs("logs.offset")) {
    const after =
      ids.length >= 2
        ? await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { offset: ids[0] as string } })
        : undefined;
    await s.check("logs.offset", (c) => {
      if (!after) return skip(`needs at least 2 log entries, the job has ${ids.length}`);
      c.use(page);
      c.use(after);
      if (after.status !== 200) return fail(`logs?offset=${ids[0]} ${answered(after)}`);
      const got = entriesOf(after).map((entry) => String(entry.id));
      const expected = ids.slice(1, 1 + got.length);
      return got.length > 0 && got.every((id, index) => id === expected[index])
        ? pass(`offset=${ids[0]} lists ${got.length} later entries`)
        : fail(
            `offset=${ids[0]} lists [${listSome(got, 5)}], expected the entries after it: [${listSome(ids.slice(1), 5)}]`,
          );
    });
  }
  if (s.runs("logs.limit")) {
    const limited =
      ids.length >= 2
        ? await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { limit: "1" } })
        : undefined;
    const next = limited ? findLink(body(limited).links, "next") : undefined;
    const nextPage =
      limited && next
        ? await s.fetchUrl("GET", new URL(String(next.href), limited.url).href, s.authHeader(), "api")
        : undefined;
    await s.check("logs.limit", (c) => {
      if (!limited) return skip(`needs at least 2 log entries, the job has ${ids.length}`);
      c.use(limited);
      if (limited.status !== 200) return fail(`logs?limit=1 ${answered(limited)}`);
      const got = entriesOf(limited);
      if (got.length !== 1) return fail(`limit=1 answered ${got.length} entries`);
      if (!next) return fail("limit=1 gave no rel=next link although more entries exist");
      const second = c.use(nextPage);
      const following = entriesOf(second).map((entry) => String(entry.id));
      return second.status === 200 && following[0] === ids[1]
        ? pass(`limit=1 gave ${ids[0]}, the next link ${ids[1]}`)
        : fail(
            `the next link ${answered(second)} with entries [${listSome(following, 3)}], expected ${ids[1]} first`,
          );
    });
  }
}
