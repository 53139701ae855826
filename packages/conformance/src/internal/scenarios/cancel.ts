import { cancelCanceled } from "../../judges/cancel/cancel-canceled.js";
import { cancelStatus } from "../../judges/cancel/cancel-status.js";
import { observeExchange, runTarget } from "../observe-exchange.js";
import { fail, pass } from "../outcome.js";
import type { Session } from "../session.js";
import { answered } from "./answers.js";
import { createStartedJob, jobPayload, TERMINAL, waitVerdict } from "./jobs.js";
import { judgedOutcome, judgeValid } from "./judge-exchanges.js";
import { watchAfterCancel } from "./watch-after-cancel.js";

/** Start a job, wait until it runs, cancel it, watch it stop and stay stopped. */
export async function cancel(s: Session): Promise<void> {
  const jobId = await createStartedJob(
    s,
    "cancel",
    jobPayload(s.options.process, "jobkit conformance: cancel"),
    (exchange) => `no job to cancel: POST /jobs ${answered(exchange)}`,
  );
  const running = await s.jobs.waitFor(
    jobId,
    "cancel",
    (status) => status === "running" || TERMINAL.has(status),
  );
  if (running.status && TERMINAL.has(running.status)) {
    s.skipRemaining(
      `the job was ${running.status} before it could be canceled (${s.jobs.describeTimeline(jobId)})`,
      "cancel",
    );
    return;
  }
  const canceled = await s.api("DELETE", "/jobs/{}/results", { params: [jobId] });
  await judgeValid(s, cancelStatus, canceled, s.jobs.describes.get(jobId));
  const stopped = await s.jobs.waitFor(
    jobId,
    "cancel",
    (status) => status !== "queued" && status !== "running",
  );
  await s.check("cancel.canceled", (c) => {
    const waited = waitVerdict(s, c, jobId, stopped, (status, timeline) =>
      status === "canceled" || status === "created"
        ? pass(`${running.status} → ${status}. Timeline: ${timeline}`)
        : fail(`the cancel did not stop the job: it ended ${status}. Timeline: ${timeline}`),
    );
    if (waited.status !== "pass") return waited;
    const exchanges = new Map([canceled, ...stopped.polls].map((exchange) => [exchange.seq, exchange]));
    const observed = [...exchanges.values()].map((exchange) =>
      observeExchange(exchange, runTarget(s, exchange)),
    );
    const judged = judgedOutcome(cancelCanceled, observed, (seq) => c.note(exchanges.get(seq) ?? canceled));
    return judged.status === "fail" ? judged : waited;
  });
  await watchAfterCancel(s, jobId, stopped.status);
}
