import { fail, pass } from "../outcome.js";
import { ScenarioStopped, type Session } from "../session.js";
import { answered } from "./answers.js";
import { createJob, jobPayload, startJob, TERMINAL } from "./jobs.js";

/** Start a job, wait until it runs, cancel it, watch it stop. */
export async function cancel(s: Session): Promise<void> {
  const job = await createJob(s, jobPayload(s.options.process, "jobkit conformance: cancel"), "cancel");
  if (!job.id) throw new ScenarioStopped(`no job to cancel: POST /jobs ${answered(job.exchange)}`);
  const start = await startJob(s, job.id);
  if (start.status === undefined || start.status >= 300)
    throw new ScenarioStopped(`the job could not be started: ${answered(start)}`);
  const running = await s.waitFor(job.id, "cancel", (status) => status === "running" || TERMINAL.has(status));
  if (running.status && TERMINAL.has(running.status)) {
    s.skipRemaining(
      `the job was ${running.status} before it could be canceled (${s.describeTimeline(job.id)})`,
      "cancel",
    );
    return;
  }
  const before = running.status;
  const canceled = await s.api("DELETE", "/jobs/{}/results", { params: [job.id] });
  await s.check("cancel.status", (c) => {
    c.use(canceled);
    if (canceled.status === 204) return pass("204 (the API document)");
    if (canceled.status === 202) return pass("202 (rule 891; the API document says 204, both are accepted)");
    return fail(`DELETE /jobs/{id}/results of a ${before} job ${answered(canceled)}; expected 204 or 202`);
  });
  const stopped = await s.waitFor(job.id, "cancel", (status) => status !== "queued" && status !== "running");
  await s.check("cancel.canceled", (c) => {
    for (const poll of stopped.polls.slice(-2)) c.note(poll);
    const timeline = s.describeTimeline(job.id as string);
    if (stopped.failure) return fail(`${stopped.failure}. Timeline: ${timeline}`);
    if (stopped.timedOut)
      return fail(
        `still ${stopped.status} when the job budget ran out after the cancel. Timeline: ${timeline}`,
      );
    return stopped.status === "canceled" || stopped.status === "created"
      ? pass(`${before} → ${stopped.status}. Timeline: ${timeline}`)
      : fail(`the cancel did not stop the job: it ended ${stopped.status}. Timeline: ${timeline}`);
  });
}
