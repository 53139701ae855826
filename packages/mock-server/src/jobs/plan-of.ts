import { analyseProcess, type ExecutionPlan } from "../processes/analyse-process.js";
import type { CollectionInfo } from "../processes/collections.js";
import type { JobRecord } from "./job.js";

/**
 * The job's execution plan, derived from its (already checked) process graph on first use and kept: most
 * stored jobs never run, and a plan weighs about as much as the graph itself.
 */
export function planOf(job: JobRecord, collections: readonly CollectionInfo[]): ExecutionPlan {
  job.execution ??= analyseProcess(job.process, collections, job.registry);
  return job.execution;
}
