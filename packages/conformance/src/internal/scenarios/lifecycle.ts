import { estimateFields } from "../../judges/estimate/estimate-fields.js";
import { jobsCreateCreated } from "../../judges/jobs/jobs-create-created.js";
import { jobsCreateIdentifier } from "../../judges/jobs/jobs-create-identifier.js";
import { jobsCreateLocation } from "../../judges/jobs/jobs-create-location.js";
import { jobsCreateOptions } from "../../judges/jobs/jobs-create-options.js";
import { jobsCreateRejectsInvalid } from "../../judges/jobs/jobs-create-rejects-invalid.js";
import { jobsCreateStatus201 } from "../../judges/jobs/jobs-create-status-201.js";
import { jobsDeleteGone } from "../../judges/jobs/jobs-delete-gone.js";
import { jobsDeleteStatus204 } from "../../judges/jobs/jobs-delete-status-204.js";
import { jobsDescribeCosts } from "../../judges/jobs/jobs-describe-costs.js";
import { jobsDescribeFields } from "../../judges/jobs/jobs-describe-fields.js";
import { jobsDescribeProgress } from "../../judges/jobs/jobs-describe-progress.js";
import { jobsDescribeTitle } from "../../judges/jobs/jobs-describe-title.js";
import { jobsListAll } from "../../judges/jobs/jobs-list-all.js";
import { jobsListItems } from "../../judges/jobs/jobs-list-items.js";
import { jobsListPagination } from "../../judges/jobs/jobs-list-pagination.js";
import { jobsListShape } from "../../judges/jobs/jobs-list-shape.js";
import { jobsListTitle } from "../../judges/jobs/jobs-list-title.js";
import { jobsPollFinished } from "../../judges/jobs/jobs-poll-finished.js";
import { jobsResultsNotFinished } from "../../judges/jobs/jobs-results-not-finished.js";
import { jobsStartIdempotent } from "../../judges/jobs/jobs-start-idempotent.js";
import { jobsStartQueued } from "../../judges/jobs/jobs-start-queued.js";
import { jobsStartStatus202 } from "../../judges/jobs/jobs-start-status-202.js";
import { jobsUpdateApplied } from "../../judges/jobs/jobs-update-applied.js";
import { jobsUpdateStatus204 } from "../../judges/jobs/jobs-update-status-204.js";
import { ScenarioStopped, type Session } from "../session.js";
import { answered, body, findLink, isObject } from "./answers.js";
import { downloads } from "./downloads.js";
import { createJob, deleteJob, INVALID_PROCESS, jobPayload, startJob, statusOf, TERMINAL } from "./jobs.js";
import { judgeValid } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";
import { logs } from "./logs.js";
import { judgesResults, results } from "./results.js";
import { unknownJobLogs } from "./unknown-job-logs.js";

const TITLE = "jobkit conformance: lifecycle";
const DESCRIPTION = "Created by jobkit-conformance; deleted when the run ends.";
const NEW_TITLE = "jobkit conformance: lifecycle (updated)";
const NEW_DESCRIPTION = "Updated by jobkit-conformance with PATCH.";

/** create → describe → update → list → start → poll → results → downloads → logs → estimate → delete → 404. */
export async function lifecycle(s: Session): Promise<void> {
  await rejectsInvalid(s);
  const jobId = await createLifecycleJob(s);
  if (s.runs(jobsResultsNotFinished.id))
    await judgeScenario(
      s,
      jobsResultsNotFinished,
      await s.api("GET", "/jobs/{}/results", { params: [jobId] }),
    );
  await describeNewJob(s, jobId);
  const title = await updateJob(s, jobId);
  if (s.runs("jobs.list.shape", "jobs.list.all", "jobs.list.items", "jobs.list.title"))
    await listJobs(s, jobId, title);
  if (s.runs("jobs.list.pagination")) await pagination(s, jobId);
  if (s.runs("jobs.create.options")) await creationOptions(s);
  await startLifecycleJob(s, jobId);
  if (await waitForResults(s, jobId)) {
    const metadata = await results(s, jobId);
    if (metadata) await downloads(s, jobId, metadata);
  }
  if (s.runs("logs.shape", "logs.entries", "logs.time", "logs.messages", "logs.offset", "logs.limit"))
    await logs(s, jobId);
  await unknownJobLogs(s);
  if (s.runs(estimateFields.id))
    await judgeScenario(s, estimateFields, await s.api("GET", "/jobs/{}/estimate", { params: [jobId] }));
  if (s.runs("jobs.delete.status-204", "jobs.delete.gone")) await deleteAndGone(s, jobId);
}

/** POST /jobs of a job naming an unknown process. */
async function rejectsInvalid(s: Session): Promise<void> {
  if (!s.runs(jobsCreateRejectsInvalid.id)) return;
  const rejected = await createJob(
    s,
    jobPayload(INVALID_PROCESS, "jobkit conformance: invalid"),
    "lifecycle",
  );
  await judgeScenario(s, jobsCreateRejectsInvalid, rejected.exchange);
}

/** POST /jobs of the lifecycle job and its creation answer; stops the scenario when no job was created. */
async function createLifecycleJob(s: Session): Promise<string> {
  const created = await createJob(s, jobPayload(s.options.process, TITLE, DESCRIPTION), "lifecycle");
  for (const check of [jobsCreateStatus201, jobsCreateLocation, jobsCreateIdentifier])
    await judgeValid(s, check, created.exchange);
  const jobId = created.id;
  if (!jobId)
    throw new ScenarioStopped(`no job to follow: POST /jobs ${answered(created.exchange)} and named no job`);
  return jobId;
}

/** The new job as GET /jobs/{id} describes it: created, with its fields, title and description. */
async function describeNewJob(s: Session, jobId: string): Promise<void> {
  const first = await s.jobs.describe(jobId, "lifecycle");
  await judgeScenario(s, jobsCreateCreated, first);
  await judgeScenario(s, jobsDescribeFields, { first, jobId, apiVersion: s.discovered?.apiVersion });
  await judgeScenario(s, jobsDescribeTitle, { described: first, title: TITLE, description: DESCRIPTION });
}

/** PATCH /jobs/{id} and its effect; returns the title the job has now. */
async function updateJob(s: Session, jobId: string): Promise<string> {
  if (!s.runs(jobsUpdateStatus204.id, jobsUpdateApplied.id)) return TITLE;
  const update = await s.api("PATCH", "/jobs/{}", {
    params: [jobId],
    json: { title: NEW_TITLE, description: NEW_DESCRIPTION },
  });
  await judgeValid(s, jobsUpdateStatus204, update);
  const described = await s.jobs.describe(jobId, "lifecycle");
  await judgeScenario(s, jobsUpdateApplied, { described, title: NEW_TITLE, description: NEW_DESCRIPTION });
  return update.status !== undefined && update.status < 300 ? NEW_TITLE : TITLE;
}

/** POST /jobs/{id}/results: 202, the job leaves created, and a second start changes nothing. */
async function startLifecycleJob(s: Session, jobId: string): Promise<void> {
  await judgeValid(s, jobsStartStatus202, await startJob(s, jobId));
  const afterStart = await s.jobs.describe(jobId, "lifecycle");
  await judgeScenario(s, jobsStartQueued, afterStart);
  if (!s.runs(jobsStartIdempotent.id)) return;
  const started = statusOf(afterStart);
  if (started !== "queued" && started !== "running") {
    await judgeScenario(s, jobsStartIdempotent, { started });
    return;
  }
  const again = await startJob(s, jobId);
  const afterAgain = await s.jobs.describe(jobId, "lifecycle");
  await judgeScenario(s, jobsStartIdempotent, { started, again, afterAgain });
}

/** Polls the job to its end and judges the descriptions seen; true when it finished (its results can be read). */
async function waitForResults(s: Session, jobId: string): Promise<boolean> {
  const waited = await s.jobs.waitFor(jobId, "lifecycle", (status) => TERMINAL.has(status));
  await judgeScenario(s, jobsPollFinished, { s, jobId, waited });
  await judgeScenario(s, jobsDescribeProgress, s.jobs.describes.get(jobId) ?? []);
  await judgeScenario(s, jobsDescribeCosts, waited);
  if (waited.status !== "finished") {
    s.skipRemaining(`the job did not finish (${s.jobs.describeTimeline(jobId)})`, "lifecycle", judgesResults);
  }
  return waited.status === "finished";
}

/** DELETE /jobs/{id}, then GET /jobs/{id}. */
async function deleteAndGone(s: Session, jobId: string): Promise<void> {
  await judgeValid(s, jobsDeleteStatus204, await deleteJob(s, jobId));
  await judgeScenario(s, jobsDeleteGone, await s.api("GET", "/jobs/{}", { params: [jobId] }));
}

async function listJobs(s: Session, jobId: string, title: string): Promise<void> {
  const list = await s.api("GET", "/jobs");
  const mine = [...s.createdJobs].filter(([, token]) => token === s.token).map(([id]) => id);
  await judgeScenario(s, jobsListShape, list);
  await judgeScenario(s, jobsListAll, { list, mine });
  await judgeScenario(s, jobsListItems, list);
  await judgeScenario(s, jobsListTitle, { list, jobId, title });
}

async function pagination(s: Session, jobId: string): Promise<void> {
  const companion = await createJob(
    s,
    jobPayload(s.options.process, "jobkit conformance: companion"),
    "lifecycle",
  );
  const page = await s.api("GET", "/jobs", { query: { limit: "1" } });
  const next = findLink(body(page).links, "next");
  const nextPage = next
    ? await s.fetchUrl("GET", new URL(String(next.href), page.url).href, s.authHeader(), "api")
    : undefined;
  await judgeScenario(s, jobsListPagination, { jobId, companion, page, next, nextPage });
  if (companion.id) await deleteJob(s, companion.id);
}

const EXTRA_PROPERTY = "jobkit_conformance";

/** A job with plan, budget, log_level and a back-end specific property must show them back. */
async function creationOptions(s: Session): Promise<void> {
  const billing = isObject(s.capabilities.billing) ? s.capabilities.billing : {};
  const plans = Array.isArray(billing.plans) ? billing.plans.filter(isObject) : [];
  const plan =
    typeof billing.default_plan === "string"
      ? billing.default_plan
      : plans.find((item) => typeof item.name === "string")?.name;
  const sent: Record<string, unknown> = {
    ...(typeof plan === "string" ? { plan } : {}),
    budget: 100,
    log_level: "info",
    [EXTRA_PROPERTY]: "an additional property",
  };
  const job = await createJob(
    s,
    { ...jobPayload(s.options.process, "jobkit conformance: options"), ...sent },
    "lifecycle",
  );
  const described = job.id ? await s.jobs.describe(job.id, "lifecycle") : undefined;
  await judgeScenario(s, jobsCreateOptions, { sent, job, described });
  if (job.id) await deleteJob(s, job.id);
}
