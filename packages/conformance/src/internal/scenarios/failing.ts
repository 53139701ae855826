import { failingError } from "../../judges/failing/failing-error.js";
import { failingErrorLogs } from "../../judges/failing/failing-error-logs.js";
import { failingResults424 } from "../../judges/failing/failing-results-424.js";
import { logsLevel } from "../../judges/logs/logs-level.js";
import type { Session } from "../session.js";
import { answered } from "./answers.js";
import { createStartedJob, jobPayload, TERMINAL } from "./jobs.js";
import { judgeScenario } from "./judge-scenario.js";

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
  await judgeScenario(s, failingError, { s, jobId, waited, timeline });
  if (waited.status !== "error") {
    s.skipRemaining(`the failing job did not end in error (${timeline})`, "failing");
    return;
  }
  if (s.runs(failingResults424.id))
    await judgeScenario(s, failingResults424, await s.api("GET", "/jobs/{}/results", { params: [jobId] }));
  if (s.runs(failingErrorLogs.id))
    await judgeScenario(s, failingErrorLogs, await s.api("GET", "/jobs/{}/logs", { params: [jobId] }));
  if (s.runs(logsLevel.id)) {
    const page = await s.api("GET", "/jobs/{}/logs", { params: [jobId], query: { level: "error" } });
    await judgeScenario(s, logsLevel, page);
  }
}
