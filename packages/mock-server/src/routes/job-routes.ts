import type { ProcessRegistry } from "@jobkit/processes";
import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { assertValidRequestBody } from "../internal/request-validator.js";
import { empty, json } from "../internal/respond.js";
import { type JobRecord, NO_EXTRA } from "../jobs/job.js";
import { jobSummary, jobView } from "../jobs/job-view.js";
import { parseJobBody } from "../jobs/parse-job-body.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { MAX_PAGE } from "../options.js";
import { integerQuery, ownedJob, singleQuery, userRegistry } from "./route-helpers.js";

/**
 * 400 StorageQuotaExceeded when the store holds `maxJobs` jobs, or the user `maxJobsPerUser` (checked after the
 * body, so bad bodies say why).
 */
function assertRoomForJob(ctx: MockContext, user: string): void {
  const { maxJobs, maxJobsPerUser } = ctx.options;
  const full = maxJobs !== undefined && ctx.store.size >= maxJobs;
  const yours = maxJobsPerUser !== undefined && ctx.store.countOf(user) >= maxJobsPerUser;
  if (!full && !yours) return;
  const what = full
    ? `stores at most ${maxJobs} jobs (maxJobs / --max-jobs) and is full`
    : `stores at most ${maxJobsPerUser} jobs per user (maxJobsPerUser / --max-jobs-per-user) and you have that many`;
  throw new OpenEOError(
    "StorageQuotaExceeded",
    `The mock back-end ${what}; delete jobs with DELETE /jobs/{job_id}, or restart it with a higher limit.`,
  );
}

/** The most bytes of job summaries a page holds (at least one job): long titles and descriptions make shorter pages. */
const PAGE_BYTES = 1024 * 1024;

/** The summaries of a page's jobs, settled to now; when `paged`, cut after PAGE_BYTES (the rest follows by `next`). */
function summariesOf(ctx: MockContext, jobs: JobRecord[], paged: boolean): Schema<"job_summary">[] {
  const summaries: Schema<"job_summary">[] = [];
  let bytes = 0;
  for (const job of jobs) {
    ctx.lifecycle.settle(job);
    const summary = jobSummary(job);
    if (paged) bytes += JSON.stringify(summary).length;
    if (summaries.length > 0 && bytes > PAGE_BYTES) break;
    summaries.push(summary);
  }
  return summaries;
}

/** Batch-job CRUD: `GET|POST /jobs`, `GET|PATCH|DELETE /jobs/{job_id}`. */
export function jobRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);

  app.get("/jobs", auth, (c) => {
    const limit = integerQuery(c, "limit", 1, MAX_PAGE) ?? ctx.options.pageSize;
    const cursorRaw = singleQuery(c, "cursor");
    if (cursorRaw !== undefined && !/^\d{1,15}$/.test(cursorRaw)) {
      throw new OpenEOError(
        "RequestInvalid",
        `The query parameter 'cursor' must come from a 'next' link, got '${cursorRaw}'.`,
      );
    }
    const user = c.get("user").name;
    const cursor = cursorRaw === undefined ? Number.POSITIVE_INFINITY : Number(cursorRaw);
    const page = ctx.store.page(user, cursor, limit ?? Number.MAX_SAFE_INTEGER);
    const summaries = summariesOf(ctx, page.jobs, limit !== undefined);
    const included = summaries.length;
    const links: { rel: string; href: string; type?: string }[] = [];
    const last = page.jobs[included - 1];
    if ((page.more || included < page.jobs.length) && limit !== undefined && last) {
      links.push({
        rel: "next",
        href: `${ctx.base(c)}/jobs?limit=${limit}&cursor=${last.seq}`,
        type: "application/json",
      });
    }
    return json(c, { jobs: summaries, links } satisfies Schema<"job_list">);
  });

  app.post("/jobs", auth, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    const fields = await parseJobBody(body, true, ctx.options.collections, userRegistry(ctx, c));
    assertValidRequestBody("POST", "/jobs", body);
    const user = c.get("user").name;
    assertRoomForJob(ctx, user);
    const now = ctx.clock.now();
    const id = ctx.ids.jobId();
    const outcome = ctx.faults.take("job-outcome", {
      method: "POST",
      path: c.req.path,
      user,
      jobId: undefined,
    });
    const job: JobRecord = {
      id,
      seq: ctx.ids.nextSeq(),
      owner: user,
      title: fields.title ?? null,
      description: fields.description ?? null,
      process: fields.process as Record<string, unknown>,
      registry: fields.registry as ProcessRegistry,
      plan: fields.plan ?? null,
      budget: fields.budget ?? null,
      logLevel: fields.logLevel ?? "info",
      extra: Object.keys(fields.extra).length > 0 ? fields.extra : NO_EXTRA,
      execution: undefined, // derived again when needed (planOf): most stored jobs never run
      status: "created",
      progress: 0,
      created: now,
      updated: now,
      queuedAt: undefined,
      startedAt: undefined,
      unpublishedAt: undefined,
      completedAt: undefined,
      outcome: outcome?.outcome ?? "normal",
      runningPolls: 0,
      logs: undefined, // the creation entry is made when the log is first needed
      files: undefined,
      costs: undefined,
      usage: undefined,
    };
    ctx.store.add(job);
    return empty(c, 201, {
      Location: `${ctx.base(c)}/jobs/${id}`,
      "OpenEO-Identifier": id,
    });
  });

  app.get("/jobs/:job_id", auth, (c) => {
    const job = ownedJob(ctx, c);
    ctx.lifecycle.poll(job);
    return json(c, jobView(job));
  });

  app.patch("/jobs/:job_id", auth, async (c) => {
    const job = ownedJob(ctx, c);
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    const fields = await parseJobBody(body, false, ctx.options.collections, userRegistry(ctx, c));
    assertValidRequestBody("PATCH", "/jobs/{job_id}", body);
    if (job.status === "queued" || job.status === "running") {
      throw new OpenEOError("JobLocked", `The job is ${job.status} and cannot be changed; cancel it first.`);
    }
    ctx.lifecycle.logs(job); // its creation entry follows the log_level the job was created with
    if (fields.title !== undefined) job.title = fields.title;
    if (fields.description !== undefined) job.description = fields.description;
    if (fields.plan !== undefined) job.plan = fields.plan;
    if (fields.budget !== undefined) job.budget = fields.budget;
    if (fields.logLevel !== undefined) job.logLevel = fields.logLevel;
    if (fields.process) {
      job.process = fields.process;
      job.registry = fields.registry as ProcessRegistry;
      job.execution = undefined;
    }
    if (Object.keys(fields.extra).length > 0) job.extra = { ...job.extra, ...fields.extra };
    // `{}` is a valid update that changes nothing, not even `updated`.
    if (Object.keys(body).length > 0) job.updated = ctx.clock.now();
    return empty(c, 204);
  });

  app.delete("/jobs/:job_id", auth, (c) => {
    const job = ownedJob(ctx, c);
    ctx.lifecycle.cancel(job);
    ctx.store.delete(job);
    return empty(c, 204);
  });

  return app;
}
