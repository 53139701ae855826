import type { JobStatus } from "@jobkit/spec";
import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, body, isObject } from "./answers.js";
import { createStartedJob, jobPayload, statusOf } from "./jobs.js";
import { resultProperty, stacProblem } from "./results.js";

const RESULT_STATUSES = new Set<JobStatus>(["running", "canceled", "finished", "error"]);

/** GET /jobs/{id}/results?partial=true while the job has not finished. */
export async function partial(s: Session): Promise<void> {
  const jobId = await createStartedJob(
    s,
    "partial",
    jobPayload(s.options.process, "jobkit conformance: partial"),
  );
  const before = statusOf(await s.jobs.describe(jobId, "partial"));
  const partialResults = await s.api("GET", "/jobs/{}/results", {
    params: [jobId],
    query: { partial: "true" },
  });
  const after = statusOf(await s.jobs.describe(jobId, "partial"));
  await s.check("partial.status", (c) => {
    c.use(partialResults);
    if (before !== "queued" && before !== "running")
      return skip(`the job was ${before} before the request, not queued or running`);
    if (partialResults.status !== 200)
      return fail(`results?partial=true of a ${before} job ${answered(partialResults)}; expected 200`);
    const metadata = body(partialResults);
    const problem =
      stacProblem(metadata) ?? (isObject(metadata.assets) ? undefined : "there is no assets object");
    if (problem) return fail(`results?partial=true of a ${before} job: ${problem}`);
    const status = resultProperty(metadata, "openeo:status");
    if (typeof status !== "string" || !RESULT_STATUSES.has(status as JobStatus))
      return fail(
        `openeo:status is ${JSON.stringify(status)}, expected running, canceled, finished or error`,
      );
    if (status === "finished" && after !== "finished")
      return fail(`openeo:status says finished while the job is ${after}`);
    return pass(`openeo:status ${status} while the job was ${before}`);
  });
  await s.api("DELETE", "/jobs/{}/results", { params: [jobId] });
}
