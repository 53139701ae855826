import { fail, type Outcome, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, answeredRefusal, body } from "./answers.js";
import { startJob, statusOf, statusRank } from "./jobs.js";

const FOREIGN_TITLE = "jobkit conformance: isolation (changed by the second user)";

/**
 * The verdict on another user's request for my job: refused with 404 (openEO: the job does not exist for that
 * user, ideally JobNotFound) or 403; anything else fails.
 */
export function foreignVerdict(exchange: Exchange, request: string): Outcome {
  if (exchange.status === 404) return pass(answeredRefusal(exchange, 404, "JobNotFound"));
  if (exchange.status === 403) return pass(`${answered(exchange)} (a 404 would hide that the job exists)`);
  return fail(`the second user's ${request} of the first user's job ${answered(exchange)}`);
}

/** JSON text with object keys sorted, so that two equal documents compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
}

/** What changed between two descriptions of the job by its owner ("" when nothing the request could touch). */
function changes(before: Exchange, after: Exchange, fields: readonly string[]): string {
  if (after.status !== 200) return `its owner's GET /jobs/{id} then ${answered(after)}`;
  const changed = fields.filter((field) => canonical(body(before)[field]) !== canonical(body(after)[field]));
  return changed.length > 0 ? `its ${changed.join(" and ")} changed` : "";
}

/**
 * Another user's write (or log read) of my job, refused, and the job as its owner then reads it: the verdict
 * fails when the request was not refused, or when `changed` finds a change.
 */
async function foreignWrite(
  s: Session,
  id: "isolation.modify" | "isolation.start" | "isolation.cancel" | "isolation.delete",
  jobId: string,
  request: { method: string; path: string; json?: unknown },
  changed: (before: Exchange, after: Exchange) => string,
): Promise<void> {
  if (!s.runs(id)) return;
  const before = await s.jobs.describe(jobId, "isolation");
  const foreign = await s.api(request.method, request.path, {
    params: [jobId],
    auth: "second",
    ...(request.json === undefined ? {} : { json: request.json }),
  });
  const after = await s.jobs.describe(jobId, "isolation");
  await s.check(id, (c) => {
    c.use(before);
    const verdict = foreignVerdict(c.use(foreign), `${request.method} ${request.path.replace("{}", "{id}")}`);
    c.use(after);
    const change = changed(before, after);
    if (verdict.status !== "pass")
      return fail(change ? `${verdict.observation}, and ${change}` : verdict.observation);
    return change
      ? fail(`${verdict.observation}, yet the job did not stay as it was: ${change}`)
      : pass(`${verdict.observation}; its owner reads it unchanged (status ${statusOf(after)})`);
  });
}

/** The owner starts the job and waits until it left `created`, so that a foreign cancel would have something to stop. */
async function startAsOwner(s: Session, jobId: string): Promise<void> {
  const start = await startJob(s, jobId);
  if (start.status !== undefined && start.status < 300)
    await s.jobs.waitFor(jobId, "isolation", (status) => status !== "created");
}

/** A foreign cancel changed the job when it is canceled now, or went back (a queued or running job to created). */
function canceledBy(before: Exchange, after: Exchange): string {
  const was = statusOf(before);
  const now = statusOf(after);
  if (after.status !== 200) return changes(before, after, []);
  const stopped = (now === "canceled" && was !== "canceled") || statusRank(now) < statusRank(was);
  return stopped ? `it went from ${was} to ${now}` : "";
}

/**
 * The second user must not modify, start, cancel or delete the first user's job, nor read its logs (openEO: a
 * job is its owner's; to anyone else it does not exist). Each refusal is followed by the owner reading the job.
 */
export async function foreignAccess(s: Session, jobId: string): Promise<void> {
  if (s.runs("isolation.logs")) {
    const logs = await s.api("GET", "/jobs/{}/logs", { params: [jobId], auth: "second" });
    await s.check("isolation.logs", (c) => foreignVerdict(c.use(logs), "GET /jobs/{id}/logs"));
  }
  const patch = { title: FOREIGN_TITLE, process: s.options.failingProcess };
  await foreignWrite(
    s,
    "isolation.modify",
    jobId,
    { method: "PATCH", path: "/jobs/{}", json: patch },
    (b, a) => changes(b, a, ["title", "process", "status"]),
  );
  await foreignWrite(s, "isolation.start", jobId, { method: "POST", path: "/jobs/{}/results" }, (b, a) =>
    changes(b, a, ["status"]),
  );
  if (s.runs("isolation.cancel")) await startAsOwner(s, jobId);
  await foreignWrite(
    s,
    "isolation.cancel",
    jobId,
    { method: "DELETE", path: "/jobs/{}/results" },
    canceledBy,
  );
  await foreignWrite(s, "isolation.delete", jobId, { method: "DELETE", path: "/jobs/{}" }, (b, a) =>
    changes(b, a, []),
  );
}
