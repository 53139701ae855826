import { isJobFailure } from "../error-body.js";
import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, body, isObject } from "./answers.js";
import { createStartedJob, jobPayload, TERMINAL, waitVerdict } from "./jobs.js";
import { entriesOf } from "./logs.js";

/** The collection a process graph loads, if it loads one. */
function loadedCollection(process: Record<string, unknown>): string | undefined {
  const graph = isObject(process.process_graph) ? Object.values(process.process_graph) : [];
  const load = graph.find((node) => isObject(node) && node.process_id === "load_collection");
  const id = isObject(load) && isObject(load.arguments) ? load.arguments.id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Why a job meant to fail finished: no status rule is broken (a back-end may run what the kit thought would
 * fail), so the check is not evaluated and says what the back-end did.
 */
function unfailed(process: Record<string, unknown>): string {
  const collection = loadedCollection(process);
  return collection
    ? `the job meant to fail finished; the back-end did not validate the collection ${collection} and ran the job to its end`
    : "the job meant to fail finished; the back-end ran its process to the end";
}

/** A job whose process cannot run: it must end in error, answer 424 and log the error. */
export async function failing(s: Session): Promise<void> {
  const jobId = await createStartedJob(
    s,
    "failing",
    jobPayload(s.options.failingProcess, "jobkit conformance: failing"),
    (exchange) =>
      `the back-end refused the failing process at creation (${answered(exchange)}); give --failing-process with a graph that fails only while it runs`,
  );
  const waited = await s.jobs.waitFor(jobId, "failing", (status) => TERMINAL.has(status));
  const timeline = s.jobs.describeTimeline(jobId);
  await s.check("failing.error", (c) => {
    return waitVerdict(s, c, jobId, waited, (status) =>
      status === "error"
        ? pass(`error. Timeline: ${timeline}`)
        : status === "finished"
          ? skip(`not evaluated: ${unfailed(s.options.failingProcess)}. Timeline: ${timeline}`)
          : fail(`the failing job ended ${status}. Timeline: ${timeline}`),
    );
  });
  if (waited.status !== "error") {
    s.skipRemaining(`the failing job did not end in error (${timeline})`, "failing");
    return;
  }
  if (s.runs("failing.results-424")) {
    const results = await s.api("GET", "/jobs/{}/results", { params: [jobId] });
    await s.check("failing.results-424", (c) => {
      c.use(results);
      if (results.status !== 424)
        return fail(`GET /jobs/{id}/results of a failed job ${answered(results)}; expected 424`);
      return isJobFailure(results.json)
        ? pass(answered(results))
        : fail("424 without the error: neither an error (code, message) nor a log entry (level, message)");
    });
  }
  if (s.runs("failing.error-logs")) {
    const page = await s.api("GET", "/jobs/{}/logs", { params: [jobId] });
    await s.check("failing.error-logs", (c) => {
      c.use(page);
      if (page.status !== 200) return fail(`GET /jobs/{id}/logs ${answered(page)}`);
      const errors = entriesOf(page).filter((entry) => entry.level === "error");
      return errors.length > 0
        ? pass(`error entry: ${String(errors[0]?.message).slice(0, 160)}`)
        : fail(`${entriesOf(page).length} entries, none with level error`);
    });
  }
  if (s.runs("logs.level")) {
    const page = await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { level: "error" } });
    await s.check("logs.level", (c) => {
      c.use(page);
      if (page.status !== 200) return fail(`logs?level=error ${answered(page)}`);
      const entries = entriesOf(page);
      if (entries.length === 0)
        return skip(
          "level=error listed no entries, so the filter could not be judged (see failing.error-logs)",
        );
      const others = entries.filter((entry) => entry.level !== "error");
      if (others.length > 0)
        return fail(
          `level=error also lists ${others.length} entries of level ${[...new Set(others.map((entry) => entry.level))].join(", ")}`,
        );
      const level = body(page).level;
      return level === "error"
        ? pass(`${entries.length} error entries, level: error`)
        : fail(
            `the entries are filtered but the top-level level is ${JSON.stringify(level)}, expected "error"`,
          );
    });
  }
}
