import type { ProcessRegistry } from "@jobkit/processes";
import type { Context } from "hono";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { JobRecord } from "../jobs/job.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { MAX_PAGE } from "../options.js";

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

/** The registry a process of the signed-in user's request runs with (see `ProcessCatalog.registryFor`). */
export function userRegistry(
  ctx: MockContext,
  c: Context<MockEnv>,
): (process: unknown) => Promise<ProcessRegistry> {
  return (process) => ctx.processes.registryFor(c.get("user").name, process);
}

/** Reads a query parameter that may appear at most once (a repeated one → 400 RequestInvalid). */
export function singleQuery(c: Context, name: string): string | undefined {
  const values = c.req.queries(name);
  if (values && values.length > 1) {
    throw new OpenEOError("RequestInvalid", `The query parameter '${name}' may appear only once.`);
  }
  return values?.[0];
}

/**
 * Reads an optional integer query parameter ≥ `min` (`limit` ≥ 1, `offset` ≥ 0), rejecting anything else with
 * 400. Empty (`limit=`) means not given, as openEO's `allowEmptyValue` says. Values above `max` are clamped: a
 * `limit` is an upper bound the server may undercut.
 */
export function integerQuery(c: Context, name: string, min: 0 | 1, max: number): number | undefined {
  const raw = singleQuery(c, name);
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new OpenEOError(
      "RequestInvalid",
      `The query parameter '${name}' must be an integer ≥ ${min}, got '${raw}'.`,
    );
  }
  return Math.min(Number(raw), max);
}

/**
 * One page of a fixed list by `limit` (else `defaultLimit`, else all) and `offset`, with a `rel=next` link while
 * more follow.
 */
export function listPage<T>(
  c: Context,
  url: string,
  items: readonly T[],
  defaultLimit?: number,
): { items: T[]; links: Schema<"links"> } {
  const limit = integerQuery(c, "limit", 1, MAX_PAGE) ?? defaultLimit;
  const offset = integerQuery(c, "offset", 0, items.length) ?? 0;
  if (limit === undefined) return { items: items.slice(offset), links: [] };
  const next = offset + limit;
  const links =
    next < items.length
      ? [{ rel: "next", href: `${url}?limit=${limit}&offset=${next}`, type: "application/json" }]
      : [];
  return { items: items.slice(offset, next), links };
}

/** Reads an optional boolean query parameter (`true`/`false`/`1`/`0`, empty = true as openEO allows). */
export function booleanQuery(c: Context, name: string): boolean {
  const raw = singleQuery(c, name);
  if (raw === undefined) return false;
  if (raw === "" || raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new OpenEOError(
    "RequestInvalid",
    `The query parameter '${name}' must be true or false, got '${raw}'.`,
  );
}
