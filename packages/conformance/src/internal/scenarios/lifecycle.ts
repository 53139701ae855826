import { JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import { estimateFields } from "../../judges/estimate/estimate-fields.js";
import { requiredFields } from "../contract-fields.js";
import { type CheckContext, fail, pass, skip } from "../outcome.js";
import { ScenarioStopped, type Session } from "../session.js";
import {
  answered,
  answeredRefusal,
  arrayOf,
  body,
  findLink,
  hasCode,
  isObject,
  listPageVerdict,
  listSome,
  missingFields,
} from "./answers.js";
import { downloads } from "./downloads.js";
import {
  createJob,
  deleteJob,
  INVALID_PROCESS,
  jobPayload,
  refusalVerdict,
  startJob,
  statusOf,
  statusRank,
  TERMINAL,
  waitVerdict,
} from "./jobs.js";
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
  await resultsBeforeStart(s, jobId);
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
  if (s.runs(estimateFields.id)) await estimateJob(s, jobId);
  if (s.runs("jobs.delete.status-204", "jobs.delete.gone")) await deleteAndGone(s, jobId);
}

/** Rule 731: a job naming an unknown process is refused. */
async function rejectsInvalid(s: Session): Promise<void> {
  if (!s.runs("jobs.create.rejects-invalid")) return;
  const rejected = await createJob(
    s,
    jobPayload(INVALID_PROCESS, "jobkit conformance: invalid"),
    "lifecycle",
  );
  await s.check("jobs.create.rejects-invalid", (c) => refusalVerdict(c.use(rejected.exchange), "POST /jobs"));
}

/** POST /jobs of the lifecycle job and its creation answer; stops the scenario when no job was created. */
async function createLifecycleJob(s: Session): Promise<string> {
  const created = await createJob(s, jobPayload(s.options.process, TITLE, DESCRIPTION), "lifecycle");
  const creation = created.exchange;
  await s.check("jobs.create.status-201", (c) => {
    c.use(creation);
    return creation.status === 201
      ? pass("201 Created")
      : fail(`POST /jobs ${answered(creation)}; expected 201`);
  });
  // rule 736 asks for both headers of a successful creation; a refused one is judged by jobs.create.status-201
  const refused = (c: CheckContext) => {
    c.note(creation);
    if (creation.status === undefined || creation.status >= 300)
      return skip(`not evaluated: POST /jobs ${answered(creation)}`);
    c.use(creation);
    return undefined;
  };
  await s.check("jobs.create.location", (c) => {
    const notCreated = refused(c);
    if (notCreated) return notCreated;
    const location = creation.headers.get("location");
    if (!location) return fail("no Location header");
    if (!URL.canParse(location)) return fail(`Location "${location}" is not an absolute URL`);
    const tail = new URL(location).pathname.replace(/\/+$/, "").split("/").slice(-2);
    if (tail[0] !== "jobs" || !tail[1]) return fail(`Location "${location}" does not end in /jobs/{id}`);
    const identifier = creation.headers.get("openeo-identifier");
    if (identifier && decodeURIComponent(tail[1]) !== identifier)
      return fail(`Location names ${tail[1]} but OpenEO-Identifier says ${identifier}`);
    return pass(location);
  });
  await s.check("jobs.create.identifier", (c) => {
    const notCreated = refused(c);
    if (notCreated) return notCreated;
    const identifier = creation.headers.get("openeo-identifier");
    return identifier ? pass(`OpenEO-Identifier: ${identifier}`) : fail("no OpenEO-Identifier header");
  });
  const jobId = created.id;
  if (!jobId)
    throw new ScenarioStopped(`no job to follow: POST /jobs ${answered(creation)} and named no job`);
  return jobId;
}

/** Rule 863: the results of a job that has not started are not there yet. */
async function resultsBeforeStart(s: Session, jobId: string): Promise<void> {
  if (!s.runs("jobs.results.not-finished")) return;
  const early = await s.api("GET", "/jobs/{}/results", { params: [jobId] });
  await s.check("jobs.results.not-finished", (c) => {
    c.use(early);
    return early.status === 400 && (hasCode(early, "JobNotFinished") || hasCode(early, "JobNotStarted"))
      ? pass(answered(early))
      : fail(
          `GET /jobs/{id}/results of a created job ${answered(early)}; expected 400 JobNotStarted or JobNotFinished`,
        );
  });
}

/** The new job as GET /jobs/{id} describes it: created, with its fields, title and description. */
async function describeNewJob(s: Session, jobId: string): Promise<void> {
  const first = await s.jobs.describe(jobId, "lifecycle");
  const firstBody = body(first);
  await s.check("jobs.create.created", (c) => {
    c.use(first);
    return statusOf(first) === "created"
      ? pass("status created")
      : fail(
          `the new job ${first.status === 200 ? `is ${JSON.stringify(firstBody.status)}` : answered(first)}`,
        );
  });
  await s.check("jobs.describe.fields", (c) => {
    c.use(first);
    if (first.status !== 200) return fail(`GET /jobs/{id} ${answered(first)}`);
    const missing = missingFields(firstBody, requiredFields("batch_job", s.discovered?.apiVersion));
    if (missing.length > 0) return fail(`the description lacks ${missing.join(", ")}`);
    if (firstBody.id !== jobId) return fail(`id is ${JSON.stringify(firstBody.id)}, the job is ${jobId}`);
    if (!isObject(firstBody.process) || !isObject(firstBody.process.process_graph))
      return fail("process has no process_graph");
    return pass("id, process, status and created present");
  });
  await s.check("jobs.describe.title", (c) => {
    c.use(first);
    return firstBody.title === TITLE && firstBody.description === DESCRIPTION
      ? pass("title and description as given")
      : fail(
          `title ${JSON.stringify(firstBody.title)}, description ${JSON.stringify(firstBody.description)}`,
        );
  });
}

/** PATCH /jobs/{id} and its effect; returns the title the job has now. */
async function updateJob(s: Session, jobId: string): Promise<string> {
  let title = TITLE;
  if (!s.runs("jobs.update.status-204", "jobs.update.applied")) return title;
  const update = await s.api("PATCH", "/jobs/{}", {
    params: [jobId],
    json: { title: NEW_TITLE, description: NEW_DESCRIPTION },
  });
  await s.check("jobs.update.status-204", (c) => {
    c.use(update);
    return update.status === 204 ? pass("204") : fail(`PATCH /jobs/{id} ${answered(update)}; expected 204`);
  });
  if (update.status !== undefined && update.status < 300) title = NEW_TITLE;
  const after = await s.jobs.describe(jobId, "lifecycle");
  await s.check("jobs.update.applied", (c) => {
    c.use(after);
    const updated = body(after);
    return updated.title === NEW_TITLE && updated.description === NEW_DESCRIPTION
      ? pass("the new title and description are shown")
      : fail(
          `after PATCH: title ${JSON.stringify(updated.title)}, description ${JSON.stringify(updated.description)}`,
        );
  });
  return title;
}

/** POST /jobs/{id}/results: 202, the job leaves created, and a second start changes nothing. */
async function startLifecycleJob(s: Session, jobId: string): Promise<void> {
  const start = await startJob(s, jobId);
  await s.check("jobs.start.status-202", (c) => {
    c.use(start);
    return start.status === 202
      ? pass("202 Accepted")
      : fail(`POST /jobs/{id}/results ${answered(start)}; expected 202`);
  });
  const afterStart = await s.jobs.describe(jobId, "lifecycle");
  const started = statusOf(afterStart);
  await s.check("jobs.start.queued", (c) => {
    c.use(afterStart);
    return started && started !== "created"
      ? pass(`status ${started}`)
      : fail(`after the start the job ${started ? `is ${started}` : answered(afterStart)}`);
  });
  if (s.runs("jobs.start.idempotent")) {
    if (started === "queued" || started === "running") {
      const again = await startJob(s, jobId);
      const afterAgain = await s.jobs.describe(jobId, "lifecycle");
      await s.check("jobs.start.idempotent", (c) => {
        c.use(again);
        c.use(afterAgain);
        if (again.status !== 202)
          return fail(`starting a ${started} job again ${answered(again)}; expected 202`);
        const now = statusOf(afterAgain);
        return statusRank(now) >= statusRank(started)
          ? pass(`202, and the job went on: ${started} → ${now}`)
          : fail(`the second start set the job back: ${started} → ${now ?? answered(afterAgain)}`);
      });
    } else {
      await s.check("jobs.start.idempotent", () =>
        skip(`the job was ${started ?? "unknown"} right after the start, not queued or running`),
      );
    }
  }
}

/** Polls the job to its end and judges the descriptions seen; true when it finished (its results can be read). */
async function waitForResults(s: Session, jobId: string): Promise<boolean> {
  const waited = await s.jobs.waitFor(jobId, "lifecycle", (status) => TERMINAL.has(status));
  await s.check("jobs.poll.finished", (c) => {
    return waitVerdict(s, c, jobId, waited, (status, timeline) =>
      status === "finished"
        ? pass(`finished. Timeline: ${timeline}`)
        : fail(`the job ended ${status}. Timeline: ${timeline}`),
    );
  });

  await s.check("jobs.describe.progress", (c) => {
    const described = (s.jobs.describes.get(jobId) ?? []).filter((exchange) => exchange.status === 200);
    const problems = described.flatMap((exchange) => {
      const { status, progress } = body(exchange);
      const issues: string[] = [];
      if (typeof status !== "string" || !JOB_STATUSES.includes(status as JobStatus))
        issues.push(`status ${JSON.stringify(status)}`);
      if (progress !== undefined && (typeof progress !== "number" || progress < 0 || progress > 100))
        issues.push(`progress ${JSON.stringify(progress)}`);
      if (issues.length > 0) c.note(exchange);
      return issues;
    });
    return problems.length > 0
      ? fail(`${problems.length} of ${described.length} descriptions: ${listSome([...new Set(problems)])}`)
      : pass(`${described.length} descriptions with known statuses and progress within 0–100`);
  });

  await s.check("jobs.describe.costs", (c) => {
    const last = waited.polls.at(-1);
    if (waited.status !== "finished" || !last) return skip("the job did not finish (see jobs.poll.finished)");
    c.use(last);
    const { costs, usage } = body(last);
    if (typeof costs === "number")
      return pass(`costs ${costs}${isObject(usage) ? ` and usage ${Object.keys(usage).join(", ")}` : ""}`);
    return isObject(usage) && Object.keys(usage).length > 0
      ? pass(`usage ${Object.keys(usage).join(", ")}`)
      : fail(`the finished job reports costs ${JSON.stringify(costs)} and usage ${JSON.stringify(usage)}`);
  });

  if (waited.status !== "finished") {
    s.skipRemaining(`the job did not finish (${s.jobs.describeTimeline(jobId)})`, "lifecycle", judgesResults);
  }
  return waited.status === "finished";
}

/** GET /jobs/{id}/estimate. */
async function estimateJob(s: Session, jobId: string): Promise<void> {
  await judgeScenario(s, estimateFields, await s.api("GET", "/jobs/{}/estimate", { params: [jobId] }));
}

/** Rules 780–781: DELETE answers 204 and the job is gone. */
async function deleteAndGone(s: Session, jobId: string): Promise<void> {
  const deleted = await deleteJob(s, jobId);
  await s.check("jobs.delete.status-204", (c) => {
    c.use(deleted);
    return deleted.status === 204
      ? pass("204")
      : fail(`DELETE /jobs/{id} ${answered(deleted)}; expected 204`);
  });
  const gone = await s.api("GET", "/jobs/{}", { params: [jobId] });
  await s.check("jobs.delete.gone", (c) => {
    c.use(gone);
    // 404 is what openEO recommends for a path naming no job; 410 is HTTP's own word for a deleted one
    return gone.status === 404 || gone.status === 410
      ? pass(answeredRefusal(gone, 404, "JobNotFound"))
      : fail(`GET /jobs/{id} after DELETE ${answered(gone)}; expected 404 (JobNotFound) or 410`);
  });
}

async function listJobs(s: Session, jobId: string, title: string): Promise<void> {
  const list = await s.api("GET", "/jobs");
  const jobs = arrayOf(list, "jobs");
  const mine = [...s.createdJobs].filter(([, token]) => token === s.token).map(([id]) => id);
  const listedIds = new Set(jobs.filter(isObject).map((job) => job.id));
  await s.check("jobs.list.shape", (c) => listPageVerdict(c.use(list), "GET /jobs", "jobs", "jobs"));
  await s.check("jobs.list.all", (c) => {
    c.use(list);
    const absent = mine.filter((id) => !listedIds.has(id));
    return absent.length === 0
      ? pass(`all ${mine.length} jobs of this run are listed`)
      : fail(`not listed: ${absent.join(", ")}`);
  });
  await s.check("jobs.list.items", (c) => {
    c.use(list);
    const broken = jobs.filter(
      (job) => !isObject(job) || missingFields(job, ["id", "status", "created"]).length > 0,
    );
    return broken.length === 0
      ? pass(`${jobs.length} items with id, status and created`)
      : fail(
          `${broken.length} listed jobs lack id, status or created: ${JSON.stringify(broken[0]).slice(0, 200)}`,
        );
  });
  await s.check("jobs.list.title", (c) => {
    c.use(list);
    const job = jobs.find((item): item is Record<string, unknown> => isObject(item) && item.id === jobId);
    if (!job) return skip(`the job is not listed (see jobs.list.all)`);
    return job.title === title
      ? pass(`listed with title "${title}"`)
      : fail(`listed with title ${JSON.stringify(job.title)}, expected "${title}"`);
  });
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
  await s.check("jobs.list.pagination", (c) => {
    c.use(page);
    if (!companion.id) return skip(`a second job could not be created (${answered(companion.exchange)})`);
    if (page.status !== 200) return fail(`GET /jobs?limit=1 ${answered(page)}`);
    const firstJobs = arrayOf(page, "jobs");
    if (firstJobs.length > 1) return fail(`limit=1 answered ${firstJobs.length} jobs`);
    if (!next)
      return fail(
        `with at least 2 jobs, limit=1 gave no rel=next link (links: ${JSON.stringify(body(page).links)})`,
      );
    const second = c.use(nextPage);
    if (second.status !== 200) return fail(`the next link ${next.href} ${answered(second)}`);
    const secondJobs = arrayOf(second, "jobs");
    const firstId = isObject(firstJobs[0]) ? firstJobs[0].id : undefined;
    const secondId = isObject(secondJobs[0]) ? secondJobs[0].id : undefined;
    if (secondId === undefined || secondId === firstId)
      return fail(
        `the next page lists ${listSome(secondJobs.map((job) => JSON.stringify(isObject(job) ? job.id : job)))} after ${String(firstId)}`,
      );
    return pass(
      `page 1: ${String(firstId)}, next page: ${String(secondId)}${[firstId, secondId].includes(jobId) ? "" : " (others)"}`,
    );
  });
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
  await s.check("jobs.create.options", (c) => {
    c.use(job.exchange);
    if (!job.id) return fail(`POST /jobs with ${Object.keys(sent).join(", ")} ${answered(job.exchange)}`);
    const shown = body(c.use(described));
    const differ = Object.entries(sent).filter(([key, value]) => shown[key] !== value);
    return differ.length > 0
      ? fail(
          `not shown as sent: ${differ.map(([key, value]) => `${key} sent ${JSON.stringify(value)}, shown ${JSON.stringify(shown[key])}`).join("; ")}`,
        )
      : pass(`${Object.keys(sent).join(", ")} shown as sent`);
  });
  if (job.id) await deleteJob(s, job.id);
}
