import { JobFailedError, JobkitClientError, OpenEOApiError } from "./errors.js";
import type { CallOptions, Http } from "./internal/http.js";
import { paginate } from "./internal/pages.js";
import { RETRYABLE_STATUS } from "./internal/retry.js";
import { JobResults } from "./job-results.js";
import type { Estimate, JobDescription, JobStatus, JobUpdate, LogEntry, LogLevel } from "./types.js";

/** What {@link BatchJob.waitForCompletion} reports after every poll. */
export interface WaitProgress {
  status: JobStatus;
  /** 0–100 when the back-end reports it. */
  progress: number | undefined;
  elapsedMs: number;
  job: JobDescription;
}

export interface WaitOptions extends CallOptions {
  /** First delay between two polls in ms (default 2000). */
  pollInterval?: number;
  /** The delay grows by this factor after every poll (default 1.5) … */
  backoff?: number;
  /** … up to this many ms (default 30 000). */
  maxPollInterval?: number;
  /** Give up with `WaitTimeout` after this many ms (default: wait as long as the job runs). */
  timeout?: number;
  onProgress?: (progress: WaitProgress) => void;
}

export interface LogOptions extends CallOptions {
  /** The lowest severity to list. */
  level?: LogLevel;
  /** The id of the last entry already seen; only later entries are listed. */
  offset?: string;
  /** Entries per page requested from the back-end. */
  limit?: number;
}

/** Polls in a row that may fail transiently (after the request's own retries) before a wait gives up. */
const MAX_FAILED_POLLS = 5;

function isTransient(error: unknown): boolean {
  return (
    (error instanceof OpenEOApiError && RETRYABLE_STATUS.has(error.status)) ||
    (error instanceof JobkitClientError && (error.code === "NetworkError" || error.code === "Timeout"))
  );
}

/** The most error log entries a {@link JobFailedError} carries. */
const MAX_ERROR_LOGS = 1000;

/**
 * One batch job on the back-end. Cheap to create: `connection.job(id)` makes no request.
 *
 * @example
 * ```ts
 * const job = await connection.createJob(graph, { title: "NDVI" });
 * await job.startAndWait({ onProgress: (p) => console.log(p.status, p.progress) });
 * const results = job.getResults();
 * ```
 */
export class BatchJob {
  /** The job's id on the back-end. */
  readonly id: string;
  readonly #http: Http;
  readonly #path: string;

  /** @internal Jobs come from {@link Connection.createJob} and {@link Connection.job}. */
  constructor(id: string, http: Http) {
    this.id = id;
    this.#http = http;
    this.#path = `/jobs/${encodeURIComponent(id)}`;
  }

  /** `GET /jobs/{id}`: status, progress, process, costs, … */
  describe(options: CallOptions = {}): Promise<JobDescription> {
    return this.#http.json<JobDescription>(this.#path, options);
  }

  /** `PATCH /jobs/{id}`; refused with `JobLocked` while the job is queued or running. */
  async update(changes: JobUpdate, options: CallOptions = {}): Promise<void> {
    await this.#http.json(this.#path, { ...options, method: "PATCH", json: changes });
  }

  /** `DELETE /jobs/{id}`: deletes the job and its results. */
  async delete(options: CallOptions = {}): Promise<void> {
    await this.#http.json(this.#path, { ...options, method: "DELETE" });
  }

  /** `POST /jobs/{id}/results`: queues the job (nothing changes while it is queued or running). */
  async start(options: CallOptions = {}): Promise<this> {
    await this.#http.json(`${this.#path}/results`, { ...options, method: "POST" });
    return this;
  }

  /** `DELETE /jobs/{id}/results`: cancels processing. */
  async cancel(options: CallOptions = {}): Promise<void> {
    await this.#http.json(`${this.#path}/results`, { ...options, method: "DELETE" });
  }

  /** `GET /jobs/{id}/estimate`: costs, duration and/or size. */
  estimate(options: CallOptions = {}): Promise<Estimate> {
    return this.#http.json<Estimate>(`${this.#path}/estimate`, options);
  }

  /** The job's log entries, oldest first, following the back-end's pages. */
  logs(options: LogOptions = {}): AsyncGenerator<LogEntry, void, undefined> {
    const { level, offset, limit, signal } = options;
    return paginate<LogEntry>(this.#http, `${this.#path}/logs`, "logs", {
      query: { level, offset, limit },
      signal,
    });
  }

  /** The job's results; nothing is fetched until a method of the returned object is called. */
  getResults(): JobResults {
    return new JobResults(this, this.#http);
  }

  /**
   * Polls until the job is `finished` and returns its last description. Ending in `error` throws a
   * {@link JobFailedError} with the job's error logs; `canceled` throws `JobCanceled`; the `timeout`
   * throws `WaitTimeout`. The poll interval grows with `backoff` up to `maxPollInterval`. Up to 4 polls in a
   * row may fail transiently (429/502/503/504, network errors, timeouts — each already retried) without
   * ending the wait.
   */
  async waitForCompletion(options: WaitOptions = {}): Promise<JobDescription> {
    const { signal, onProgress, timeout } = options;
    const backoff = options.backoff ?? 1.5;
    const maxInterval = options.maxPollInterval ?? 30_000;
    let interval = options.pollInterval ?? 2000;
    const waiter = this.#http.config.waiter;
    const start = waiter.now();
    let failedPolls = 0;
    for (;;) {
      let job: JobDescription;
      try {
        job = await this.describe({ signal });
        failedPolls = 0;
      } catch (error) {
        // a back-end that is briefly unavailable beyond the request retries does not end a long wait
        if (!isTransient(error) || ++failedPolls >= MAX_FAILED_POLLS) throw error;
        await waiter.sleep(interval, signal);
        continue;
      }
      const elapsedMs = waiter.now() - start;
      onProgress?.({ status: job.status, progress: job.progress, elapsedMs, job });
      if (job.status === "finished") return job;
      if (job.status === "error") throw new JobFailedError(this.id, await this.#errorLogs(signal));
      if (job.status === "canceled") {
        throw new JobkitClientError(
          "JobCanceled",
          `job ${this.id} was canceled; start it again to get results`,
        );
      }
      if (timeout !== undefined && elapsedMs + interval > timeout) {
        throw new JobkitClientError(
          "WaitTimeout",
          `job ${this.id} is still ${job.status} after ${elapsedMs} ms (timeout ${timeout} ms); ${job.status === "created" ? "it was never started: start it, then wait" : "wait again later"}`,
        );
      }
      await waiter.sleep(interval, signal);
      interval = Math.min(interval * backoff, maxInterval);
    }
  }

  /** {@link start}, then {@link waitForCompletion}. */
  async startAndWait(options: WaitOptions = {}): Promise<JobDescription> {
    await this.start(options);
    return this.waitForCompletion(options);
  }

  async #errorLogs(signal: AbortSignal | undefined): Promise<LogEntry[]> {
    const entries: LogEntry[] = [];
    for await (const entry of this.logs({ level: "error", signal })) {
      if (entry.level === "error") entries.push(entry);
      if (entries.length >= MAX_ERROR_LOGS) break;
    }
    return entries;
  }
}
