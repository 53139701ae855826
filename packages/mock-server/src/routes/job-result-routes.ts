import { LOG_LEVELS, type LogLevel } from "@jobkit/spec/facts";
import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { empty, json, send } from "../internal/respond.js";
import { levelPasses } from "../jobs/job.js";
import { estimateCosts, estimateSize, isoTime } from "../jobs/job-lifecycle.js";
import { planOf } from "../jobs/plan-of.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { MAX_PAGE } from "../options.js";
import { rasterWriters } from "../results/raster-writers.js";
import { PARTIAL_STATUS, resultsDocument, resultsMediaType } from "../results/results-document.js";
import { unpublishedError } from "../results/unpublished-error.js";
import { booleanQuery, integerQuery, ownedJob, singleQuery } from "./route-helpers.js";

/** `POST|GET|DELETE /jobs/{id}/results`, `GET /jobs/{id}/logs`, `GET /jobs/{id}/estimate`. */
export function jobResultRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);

  app.post("/jobs/:job_id/results", auth, async (c) => {
    await rasterWriters.load(); // before the job is looked up: it may be gone or changed once they are loaded
    const job = ownedJob(ctx, c);
    ctx.lifecycle.start(
      job,
      () =>
        ctx.faults.take("job-outcome", { method: "POST", path: c.req.path, user: job.owner, jobId: job.id })
          ?.outcome,
    );
    return empty(c, 202);
  });

  app.get("/jobs/:job_id/results", auth, (c) => {
    const job = ownedJob(ctx, c);
    const partial = booleanQuery(c, "partial");
    if (job.unpublishedAt !== undefined) throw unpublishedError(job.id, job.unpublishedAt);
    if (job.status === "error" && !partial) {
      const failure = ctx.lifecycle.logs(job).find((entry) => entry.level === "error");
      throw OpenEOError.custom(
        424,
        failure?.code ?? "Internal",
        failure?.message ?? "The batch job failed; see its logs.",
        { fields: { ...failure, level: "error" } },
      );
    }
    if (job.status === "created" || (job.status !== "finished" && !partial)) {
      throw new OpenEOError(
        "JobNotFinished",
        job.status === "created"
          ? "The job has not been started; POST /jobs/{job_id}/results starts it."
          : `The job is ${job.status}; wait until it is finished or ask with partial=true.`,
      );
    }
    const mislabel = ctx.faults.peek("asset", {
      method: c.req.method,
      path: c.req.path,
      user: job.owner,
      jobId: job.id,
    });
    const document = resultsDocument({
      job,
      base: ctx.base(c),
      type: ctx.options.results.type,
      expires: ctx.clock.now() + ctx.options.results.linkTtlMs,
      signer: ctx.signer,
      partialStatus: partial ? PARTIAL_STATUS[job.status] : undefined,
      partialRequested: partial,
      mislabel: mislabel?.mode === "mislabel",
      collections: ctx.options.collections,
    });
    return send(c, JSON.stringify(document), 200, {
      "Content-Type": resultsMediaType(ctx.options.results.type, c.req.header("accept")),
      "OpenEO-Costs": "0",
    });
  });

  app.delete("/jobs/:job_id/results", auth, (c) => {
    ctx.lifecycle.cancel(ownedJob(ctx, c));
    return empty(c, 204);
  });

  app.get("/jobs/:job_id/logs", auth, (c) => {
    const job = ownedJob(ctx, c);
    const limit = integerQuery(c, "limit", 1, MAX_PAGE);
    const level = singleQuery(c, "level") || undefined;
    if (level !== undefined && !LOG_LEVELS.includes(level as LogLevel)) {
      throw new OpenEOError(
        "RequestInvalid",
        `The query parameter 'level' must be one of ${LOG_LEVELS.join(", ")}.`,
      );
    }
    const offset = singleQuery(c, "offset") ?? "";
    let start = 0;
    if (offset !== "") {
      const index = ctx.lifecycle.logs(job).findIndex((entry) => entry.id === offset);
      if (index < 0) {
        throw new OpenEOError(
          "RequestInvalid",
          `The offset '${offset}' is not the id of a log entry of this job.`,
        );
      }
      start = index + 1;
    }
    // Without `level` (or empty): every entry on 1.3.0, from `info` on 1.2.0, as each version's default says.
    const minimum = (level as LogLevel | undefined) ?? (c.get("api").version === "1.3.0" ? "debug" : "info");
    const matching = ctx.lifecycle
      .logs(job)
      .slice(start)
      .filter((entry) => levelPasses(entry.level, minimum));
    const page = limit === undefined ? matching : matching.slice(0, limit);
    const links: { rel: string; href: string; type: string }[] = [];
    const last = page[page.length - 1];
    if (limit !== undefined && matching.length > limit && last) {
      const params = new URLSearchParams({
        offset: last.id,
        limit: String(limit),
        ...(level ? { level } : {}),
      });
      links.push({
        rel: "next",
        href: `${ctx.base(c)}/jobs/${job.id}/logs?${params}`,
        type: "application/json",
      });
    }
    return json(c, {
      level: (level as LogLevel | undefined) ?? job.logLevel,
      logs: c.get("api").version === "1.3.0" ? page : page.map(({ stacktrace: _, ...entry }) => entry),
      links,
    } satisfies Schema<"log_page">);
  });

  app.get("/jobs/:job_id/estimate", auth, (c) => {
    const job = ownedJob(ctx, c);
    const problem = planOf(job, ctx.options.collections).runtimeErrors[0];
    if (problem) {
      throw new OpenEOError("EstimateComplexity", `No estimate is possible: ${problem.message}`);
    }
    const size =
      estimateSize(planOf(job, ctx.options.collections)) + (ctx.options.results.largeAssetBytes ?? 0);
    const seconds = (ctx.options.timing.queuedMs + ctx.options.timing.runningMs) / 1000;
    return json(c, {
      costs: estimateCosts(planOf(job, ctx.options.collections)),
      duration: `PT${seconds}S`,
      size,
      downloads_included: null,
      expires: isoTime(ctx.clock.now() + 24 * 3_600_000),
    } satisfies Schema<"estimate">);
  });

  return app;
}
