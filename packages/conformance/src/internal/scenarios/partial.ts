import { partialStatus } from "../../judges/partial/partial-status.js";
import type { Session } from "../session.js";
import { createStartedJob, jobPayload, statusOf } from "./jobs.js";
import { judgeScenario } from "./judge-scenario.js";

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
  await judgeScenario(s, partialStatus, { before, partialResults, after });
  await s.api("DELETE", "/jobs/{}/results", { params: [jobId] });
}
