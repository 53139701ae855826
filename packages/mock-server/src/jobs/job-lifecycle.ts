import type { ProcessGraph } from "@jobkit/processes";
import type { LogLevel } from "@jobkit/spec/facts";
import { charge, type UserRegistry } from "../auth/user-registry.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { ResolvedOptions } from "../options.js";
import type { ExecutionPlan } from "../processes/analyse-process.js";
import { computeSaves } from "../results/compute-saves.js";
import { type ResultFile, renderResults } from "../results/render-results.js";
import type { ResultsMemo } from "../results/results-memo.js";
import { assertBudgetCovers } from "./assert-budget-covers.js";
import type { Clock } from "./clock.js";
import { type JobOutcome, type JobRecord, type LogEntry, levelPasses, type StackFrame } from "./job.js";
import { planOf } from "./plan-of.js";

/** How many polls a job stays `running` in poll mode (normal / slow). */
const POLL_RUNNING_STEPS = { normal: 2, slow: 10 } as const;
/** How much longer a `slow` job takes in wall and virtual mode. */
const SLOW_FACTOR = 10;

const isoCache = new Map<number, string>();

/** RFC 3339 text of a mock time; job timestamps repeat on every read, so recent ones are remembered. */
export function isoTime(ms: number): string {
  let text = isoCache.get(ms);
  if (text === undefined) {
    if (isoCache.size >= 4096) isoCache.clear();
    text = new Date(ms).toISOString();
    isoCache.set(ms, text);
  }
  return text;
}

/** Bytes per cell of a written result (32-bit floats). */
const CELL_BYTES = 4;

/**
 * The cells a run writes as the cheap shape analysis sees them (the engine is not run to estimate): a grid 64
 * pixels wide in the aspect of the extent, per band and output.
 */
function plannedCells(execution: ExecutionPlan): number {
  const [west, south, east, north] = execution.bbox;
  const aspect = (north - south) / (east - west);
  return 64 * Math.max(1, Math.round(64 * aspect)) * execution.bands.length * execution.outputs.length;
}

/** Costs in credits of a run: 1 plus 1 per 10 000 planned cells (see {@link plannedCells}), 2 decimals. */
export function estimateCosts(execution: ExecutionPlan): number {
  return Math.round((1 + plannedCells(execution) / 10_000) * 100) / 100;
}

/** The size in bytes of a run's files, estimated from its planned cells (see {@link plannedCells}). */
export function estimateSize(execution: ExecutionPlan): number {
  return plannedCells(execution) * CELL_BYTES;
}

/**
 * The batch-job state machine: created → queued → running → finished | error, cancel and restart.
 * Time-driven modes compute the state lazily from the clock (`settle`); poll mode steps on `poll`.
 */
export class JobLifecycle {
  readonly #options: ResolvedOptions;
  readonly #clock: Clock;
  readonly #users: UserRegistry;

  constructor(
    options: ResolvedOptions,
    clock: Clock,
    users: UserRegistry,
    /** The seed of the synthetic large asset, asked for when a job first writes results. */
    private readonly outputSeed: () => number,
    /** What recent graphs computed and wrote (shared with synchronous runs). */
    private readonly memo: ResultsMemo,
  ) {
    this.#options = options;
    this.#clock = clock;
    this.#users = users;
  }

  log(
    job: JobRecord,
    level: LogLevel,
    message: string,
    time: number,
    code?: string,
    stacktrace?: StackFrame[],
  ): void {
    if (!levelPasses(level, job.logLevel)) return;
    const logs = this.logs(job);
    const entry: LogEntry = { id: String(logs.length + 1), level, message, time: isoTime(time) };
    if (code) entry.code = code;
    if (stacktrace) entry.stacktrace = stacktrace;
    logs.push(entry);
  }

  /**
   * The job's log. Its first entry, the creation, is written when the log is first needed (most stored jobs
   * are never asked for theirs); so anything that changes the job's `log_level` asks for the log first.
   */
  logs(job: JobRecord): LogEntry[] {
    if (job.logs === undefined) {
      job.logs = [];
      this.log(job, "info", "Job created.", job.created);
    }
    return job.logs;
  }

  #runningMs(job: JobRecord): number {
    return this.#options.timing.runningMs * (job.outcome === "slow" ? SLOW_FACTOR : 1);
  }

  /** Brings a job up to the clock's time: its run (wall and virtual mode) and the retention of its results (all modes). */
  settle(job: JobRecord): void {
    const now = this.#clock.now();
    this.#retain(job, now);
    if (this.#options.timing.mode === "poll") return;
    if (job.status === "queued" && job.queuedAt !== undefined) {
      const runAt = job.queuedAt + this.#options.timing.queuedMs;
      if (now >= runAt) this.#toRunning(job, runAt);
    }
    if (job.status === "running" && job.startedAt !== undefined) {
      const duration = this.#runningMs(job);
      const endAt = job.startedAt + duration;
      if (now >= endAt) {
        this.#complete(job, endAt);
        this.#retain(job, now);
      } else job.progress = Math.min(99, Math.floor(((now - job.startedAt) / Math.max(duration, 1)) * 100));
    }
  }

  /** Deletes the results once `results.retentionMs` passed since the run ended, and says when (`unpublished`). */
  #retain(job: JobRecord, now: number): void {
    const retention = this.#options.results.retentionMs;
    if (retention === undefined || !job.files || job.completedAt === undefined) return;
    const unpublishAt = job.completedAt + retention;
    if (now < unpublishAt) return;
    job.files = undefined;
    job.unpublishedAt = unpublishAt;
    this.log(job, "info", `Results deleted after the retention of ${retention} ms.`, unpublishAt);
  }

  /** Poll mode: one step per status request (queued → running → ... → finished | error). */
  poll(job: JobRecord): void {
    if (this.#options.timing.mode !== "poll") return;
    const now = this.#clock.now();
    if (job.status === "queued") {
      this.#toRunning(job, now);
    } else if (job.status === "running") {
      const steps = job.outcome === "slow" ? POLL_RUNNING_STEPS.slow : POLL_RUNNING_STEPS.normal;
      job.runningPolls += 1;
      if (job.runningPolls >= steps) this.#complete(job, now);
      else job.progress = Math.floor((job.runningPolls / steps) * 100);
    }
  }

  #toRunning(job: JobRecord, at: number): void {
    job.status = "running";
    job.progress = 0;
    job.startedAt = at;
    job.updated = at;
    job.runningPolls = 0;
    this.log(job, "info", "Job started running.", at);
  }

  #complete(job: JobRecord, at: number): void {
    job.updated = at;
    job.completedAt = at;
    const usage = (seconds: number) => ({
      cpu: { value: Math.round(seconds * 2 * 100) / 100, unit: "cpu-seconds" },
      memory: { value: Math.round(seconds * 512), unit: "mb-seconds" },
      duration: { value: Math.round(seconds * 100) / 100, unit: "seconds" },
    });
    const seconds = (at - (job.startedAt ?? at)) / 1000;
    const files = this.#logPlannedFailures(job, at) ? undefined : this.#run(job, at);
    if (!files) {
      job.status = "error";
      job.files = undefined;
      job.usage = usage(seconds);
      return;
    }
    if (job.outcome === "partial") {
      job.status = "error";
      job.files = files.slice(0, Math.ceil(files.length / 2));
      this.log(
        job,
        "error",
        "The job failed after writing part of its results (forced partial outcome).",
        at,
        "Internal",
      );
      job.usage = usage(seconds);
      return;
    }
    job.status = "finished";
    job.progress = 100;
    job.files = files;
    job.costs = estimateCosts(planOf(job, this.#options.collections));
    job.usage = usage(seconds);
    const account = this.#users.byName(job.owner);
    if (account) charge(account, job.costs);
    this.log(job, "info", `Job finished with ${files.length} result file(s).`, at);
  }

  /**
   * Logs the failures known before the run: the plan's run-time errors (unknown collection, extent or band
   * outside it) and a forced `error` outcome; answers whether there were any (the job fails without running).
   */
  #logPlannedFailures(job: JobRecord, at: number): boolean {
    const { runtimeErrors } = planOf(job, this.#options.collections);
    for (const problem of runtimeErrors) {
      const frame = { category: "process" as const, node_id: problem.nodeId, process_id: problem.processId };
      this.log(job, "error", problem.message, at, problem.code, [frame]);
    }
    if (job.outcome === "error") {
      this.log(job, "error", "The job failed (forced by a jobkit job-outcome fault).", at, "Internal");
    }
    return runtimeErrors.length > 0 || job.outcome === "error";
  }

  /**
   * Runs the job's graph through the engine and writes one set of files per `save_result` from the cube it saved;
   * logs the engine's warnings (`run_udf: UDFs are not executed`, ...). When the engine refuses or fails the run,
   * or a format cannot hold its cube, logs the openEO error instead and answers undefined (the job fails).
   */
  #run(job: JobRecord, at: number): ResultFile[] | undefined {
    const options = this.#options;
    try {
      const graph = job.process.process_graph as ProcessGraph;
      const { saves, warnings } = this.memo.saves(graph, job.registry, () =>
        computeSaves(graph, options.collections, job.registry, options),
      );
      for (const message of warnings) this.log(job, "warning", message, at);
      const bytes = options.results.largeAssetBytes;
      const render = {
        bbox: planOf(job, options.collections).bbox,
        ...(bytes === undefined ? {} : { largeAsset: { bytes, seed: this.outputSeed() } }),
      };
      return renderResults(saves, render, this.memo);
    } catch (error) {
      if (!(error instanceof OpenEOError)) throw error;
      this.log(job, "error", error.message, at, error.code);
      return undefined;
    }
  }

  /**
   * `POST /jobs/{id}/results`: queue the job (idempotent while queued/running). `forcedOutcome` is asked only
   * when the job is really queued (so a `job-outcome` fault is consumed only then).
   */
  start(job: JobRecord, forcedOutcome: () => JobOutcome | undefined): void {
    if (job.status === "queued" || job.status === "running") return;
    if (job.status === "finished" && !this.#options.restartFinished) return;
    const account = this.#users.byName(job.owner);
    if (!account || account.credit <= 0) {
      throw new OpenEOError(
        "PaymentRequired",
        `User '${job.owner}' has no credit left; a payment is required first.`,
      );
    }
    assertBudgetCovers(job.budget, estimateCosts(planOf(job, this.#options.collections)));
    const now = this.#clock.now();
    job.status = "queued";
    job.progress = 0;
    job.queuedAt = now;
    job.startedAt = undefined;
    job.completedAt = undefined;
    job.unpublishedAt = undefined;
    job.updated = now;
    job.files = undefined;
    job.costs = undefined;
    job.usage = undefined;
    job.runningPolls = 0;
    const outcome = forcedOutcome();
    if (outcome) job.outcome = outcome;
    this.log(job, "info", "Job queued for processing.", now);
    const { bbox, outputs } = planOf(job, this.#options.collections);
    this.log(job, "debug", `Run planned: ${outputs.length} output(s) over bbox ${bbox.join(", ")}.`, now);
  }

  /** `DELETE /jobs/{id}/results`: cancel a queued or running job; other states are left alone. */
  cancel(job: JobRecord): void {
    const now = this.#clock.now();
    if (job.status === "queued") {
      job.status = this.#options.cancelQueued;
      job.progress = 0;
    } else if (job.status === "running") {
      job.status = "canceled";
    } else {
      return;
    }
    job.updated = now;
    this.log(job, "info", "Job canceled by the user.", now);
  }
}
