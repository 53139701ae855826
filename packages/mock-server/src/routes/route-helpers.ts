import type { Context } from "hono";
import type { MockContext } from "../internal/mock-context.js";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { JobRecord } from "../jobs/job.js";

/** The job named in the path if it exists and belongs to the signed-in user (else 404 JobNotFound), settled to now. */
export function ownedJob(ctx: MockContext, c: Context<MockEnv>): JobRecord {
  const id = c.req.param("job_id") ?? "";
  const job = ctx.store.get(id);
  if (!job || job.owner !== c.get("user").name) {
    throw new OpenEOError(
      "JobNotFound",
      `The batch job '${id}' does not exist (or belongs to someone else).`,
    );
  }
  ctx.lifecycle.settle(job);
  return job;
}

/** Reads an optional positive integer query parameter (`limit`), rejecting anything else with 400. */
export function positiveIntQuery(c: Context, name: string, max: number): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new OpenEOError(
      "RequestInvalid",
      `The query parameter '${name}' must be an integer from 1 to ${max}, got '${raw}'.`,
    );
  }
  return Number(raw);
}

/** Reads an optional boolean query parameter (`true`/`false`/`1`/`0`, empty = true as openEO allows). */
export function booleanQuery(c: Context, name: string): boolean {
  const raw = c.req.query(name);
  if (raw === undefined) return false;
  if (raw === "" || raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new OpenEOError(
    "RequestInvalid",
    `The query parameter '${name}' must be true or false, got '${raw}'.`,
  );
}
