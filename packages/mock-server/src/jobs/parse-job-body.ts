import type { ProcessRegistry } from "@jobkit/processes";
import { LOG_LEVELS, type LogLevel } from "@jobkit/spec/facts";
import { OpenEOError } from "../internal/openeo-error.js";
import { analyseProcess, type ExecutionPlan } from "../processes/analyse-process.js";
import type { CollectionInfo } from "../processes/collections.js";
import { loadProjection, needsProjection } from "../processes/crs.js";
import { netCdfWriter } from "../results/raster-writers.js";
import { assertBudgetCovers } from "./assert-budget-covers.js";
import { estimateCosts } from "./job-lifecycle.js";

/** The plans the mock knows (see capabilities `billing.plans`). */
const PLANS = new Set(["free", "premium"]);

const KNOWN_FIELDS = new Set(["title", "description", "process", "plan", "budget", "log_level"]);

/** The fields of a `POST /jobs` or `PATCH /jobs/{id}` body, checked. Absent fields stay undefined. */
export interface JobFields {
  title?: string | null;
  description?: string | null;
  process?: Record<string, unknown>;
  execution?: ExecutionPlan;
  /** The processes `process` may call (with `process`). */
  registry?: ProcessRegistry;
  plan?: string | null;
  budget?: number | null;
  logLevel?: LogLevel;
  extra: Record<string, unknown>;
}

function invalid(field: string, expected: string): OpenEOError {
  return new OpenEOError("RequestInvalid", `The field '${field}' must be ${expected}.`);
}

function nullableString(body: Record<string, unknown>, field: string): string | null | undefined {
  const value = body[field];
  if (value === undefined || value === null) return value;
  if (typeof value !== "string") throw invalid(field, "a string or null");
  return value;
}

/**
 * Checks a freshly parsed job body (kept by reference, so callers pass bodies nobody else holds) without
 * touching any state: types of title, description, plan, budget, log_level and the
 * process graph (see `analyseProcess`, which reads `load_collection` against `collections`). `requireProcess`
 * for creation. `registryFor` gives the processes the graph may call (it loads the engine and fetches namespace
 * URLs); the projection library is loaded for a graph with an extent in a
 * CRS other than WGS84.
 */
export async function parseJobBody(
  body: Record<string, unknown>,
  requireProcess: boolean,
  collections: readonly CollectionInfo[],
  registryFor: (process: unknown) => Promise<ProcessRegistry>,
): Promise<JobFields> {
  const fields: JobFields = { extra: {} };
  fields.title = nullableString(body, "title");
  fields.description = nullableString(body, "description");
  fields.plan = nullableString(body, "plan");
  if (typeof fields.plan === "string" && !PLANS.has(fields.plan)) {
    throw new OpenEOError(
      "BillingPlanInvalid",
      `The plan '${fields.plan}' does not exist; use one of: ${[...PLANS].join(", ")}.`,
    );
  }
  const budget = body.budget;
  if (budget !== undefined && budget !== null) {
    if (typeof budget !== "number" || !Number.isFinite(budget)) throw invalid("budget", "a number or null");
    if (budget <= 0)
      throw new OpenEOError("BudgetInvalid", "The budget must be greater than 0 (or null for no limit).");
  }
  fields.budget = budget as number | null | undefined;
  const level = body.log_level;
  if (level !== undefined) {
    if (typeof level !== "string" || !LOG_LEVELS.includes(level as LogLevel)) {
      throw invalid("log_level", `one of ${LOG_LEVELS.join(", ")}`);
    }
    fields.logLevel = level as LogLevel;
  }
  if (body.process === undefined) {
    if (requireProcess) {
      throw new OpenEOError(
        "ProcessGraphMissing",
        "The body needs a 'process' object with a 'process_graph'.",
      );
    }
  } else {
    fields.registry = await registryFor(body.process);
    if (needsProjection(body.process)) await loadProjection();
    fields.execution = analyseProcess(body.process, collections, fields.registry);
    if (fields.execution.outputs.some((output) => output.format.name === "netCDF")) await netCdfWriter.load();
    fields.process = body.process as Record<string, unknown>;
    assertBudgetCovers(fields.budget, estimateCosts(fields.execution));
  }
  for (const [key, value] of Object.entries(body)) {
    if (!KNOWN_FIELDS.has(key)) fields.extra[key] = value;
  }
  return fields;
}
