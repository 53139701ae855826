import type { ProcessRegistry } from "@jobkit/processes";
import { type JobStatus, LOG_LEVELS, type LogLevel } from "@jobkit/spec/facts";
import type { ExecutionPlan } from "../processes/analyse-process.js";
import type { ResultFile } from "../results/render-results.js";

/** A forced outcome (fault `job-outcome`); `normal` runs as the graph says. */
export type JobOutcome = "normal" | "error" | "partial" | "slow";

/** `true` when an entry of `level` passes a minimum level of `minimum`. */
export function levelPasses(level: LogLevel, minimum: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(minimum);
}

export interface LogEntry {
  id: string;
  level: LogLevel;
  message: string;
  time: string;
  code?: string;
  /** openEO 1.3.0: where an error happened, innermost frame first (listed on 1.3.0 only). */
  stacktrace?: StackFrame[];
}

/** One frame of a log entry's `stacktrace`: the process graph node the mock was evaluating. */
export interface StackFrame {
  category: "process";
  node_id: string;
  process_id: string;
}

/** The `extra` of every job created without additional properties (shared: a job's own is made on change). */
export const NO_EXTRA: Readonly<Record<string, unknown>> = Object.freeze({});

/** The mutable record behind a batch job. Only the lifecycle functions change it. */
export interface JobRecord {
  id: string;
  /** Creation order, used as the pagination cursor. */
  seq: number;
  owner: string;
  title: string | null;
  description: string | null;
  process: Record<string, unknown>;
  plan: string | null;
  budget: number | null;
  logLevel: LogLevel;
  /** Additional properties the user sent, reflected back. */
  extra: Record<string, unknown>;
  /** The processes `process` may call, as they were when it was stored (see `ProcessCatalog.registryFor`). */
  registry: ProcessRegistry;
  /** Derived from `process` on first use (see `planOf`); undefined until then. */
  execution: ExecutionPlan | undefined;
  status: JobStatus;
  progress: number;
  created: number;
  updated: number;
  /** When the current run was queued / started running (mock time). */
  queuedAt: number | undefined;
  startedAt: number | undefined;
  /** When the run's results were deleted (retention passed, or the job was started again) (mock time). */
  unpublishedAt: number | undefined;
  /** When the current run ended in finished or error (mock time). */
  completedAt: number | undefined;
  outcome: JobOutcome;
  /** Poll mode: how many polls the current run has seen while running. */
  runningPolls: number;
  /** Undefined until first needed: see `JobLifecycle.logs`. */
  logs: LogEntry[] | undefined;
  files: ResultFile[] | undefined;
  costs: number | undefined;
  usage: Record<string, { value: number; unit: string }> | undefined;
}
