import type { RunClock } from "../run-clock.js";
import type { ScenarioId, TimelineDownload, TimelinePoint } from "../types.js";
import type { Exchange } from "./probe.js";

interface MutableTimeline {
  jobId: string;
  scenario: ScenarioId;
  points: TimelinePoint[];
  downloads: TimelineDownload[];
}

export interface JobWatchOptions {
  clock: RunClock;
  jobTimeoutMs: number;
  pollIntervalMs: number;
  /** `GET /jobs/{id}` as the main or the second user. */
  describe: (jobId: string, auth: "main" | "second") => Promise<Exchange>;
  /** Told each status a description shows. */
  onStatus?: ((jobId: string, status: string) => void) | undefined;
}

/** Watches the run's jobs: every description, every failed status poll, and each job's status timeline. */
export class JobWatch {
  readonly timelines = new Map<string, MutableTimeline>();
  /** Every `GET /jobs/{id}` the kit made, per job. */
  readonly describes = new Map<string, Exchange[]>();
  /** The status polls of each job that got no description (no answer, not 200, no status). */
  readonly failedPolls = new Map<string, Exchange[]>();
  /** The jobs a wait gave up on because the job budget ran out before they reached the awaited status. */
  readonly outOfBudget = new Set<string>();
  private readonly options: JobWatchOptions;
  private readonly clockStart: number;

  constructor(options: JobWatchOptions) {
    this.options = options;
    this.clockStart = options.clock.now();
  }

  /** The run's clock in milliseconds since the start. */
  elapsed(): number {
    return this.options.clock.now() - this.clockStart;
  }

  timeline(jobId: string, scenario: ScenarioId): MutableTimeline {
    let timeline = this.timelines.get(jobId);
    if (!timeline) {
      timeline = { jobId, scenario, points: [], downloads: [] };
      this.timelines.set(jobId, timeline);
    }
    return timeline;
  }

  /** `GET /jobs/{id}`, recording the status on the job's timeline. */
  async describe(jobId: string, scenario: ScenarioId, auth: "main" | "second" = "main"): Promise<Exchange> {
    const exchange = await this.options.describe(jobId, auth);
    this.describes.set(jobId, [...(this.describes.get(jobId) ?? []), exchange]);
    const body = exchange.json as { status?: unknown; progress?: unknown } | undefined;
    if (exchange.status === 200 && typeof body?.status === "string") {
      this.options.onStatus?.(jobId, body.status);
      this.timeline(jobId, scenario).points.push({
        atMs: this.elapsed(),
        status: body.status,
        ...(typeof body.progress === "number" ? { progress: body.progress } : {}),
      });
    }
    return exchange;
  }

  /**
   * Polls a job until `done(status)` or the job budget is spent. Never more than budget/interval + 2 polls;
   * gives up after three failed polls in a row. Every failed poll is kept in `failedPolls`.
   */
  async waitFor(
    jobId: string,
    scenario: ScenarioId,
    done: (status: string) => boolean,
  ): Promise<{ status: string | undefined; timedOut: boolean; polls: Exchange[]; failure?: string }> {
    const { clock, jobTimeoutMs, pollIntervalMs } = this.options;
    const start = clock.now();
    const maxPolls = Math.ceil(jobTimeoutMs / Math.max(pollIntervalMs, 1)) + 2;
    const polls: Exchange[] = [];
    let status: string | undefined;
    let failures = 0;
    for (let poll = 0; poll < maxPolls; poll += 1) {
      const exchange = await this.describe(jobId, scenario);
      polls.push(exchange);
      const body = exchange.json as { status?: unknown } | undefined;
      if (exchange.status === 200 && typeof body?.status === "string") {
        failures = 0;
        status = body.status;
        if (done(status)) return { status, timedOut: false, polls };
      } else {
        failures += 1;
        this.failedPolls.set(jobId, [...(this.failedPolls.get(jobId) ?? []), exchange]);
        if (failures >= 3) {
          return {
            status,
            timedOut: false,
            polls,
            failure: `GET /jobs/${jobId} failed three times in a row (${exchange.status ?? exchange.problem})`,
          };
        }
      }
      const remaining = jobTimeoutMs - (clock.now() - start);
      if (remaining <= 0) break;
      await clock.sleep(Math.min(pollIntervalMs, remaining));
    }
    this.outOfBudget.add(jobId);
    return { status, timedOut: true, polls };
  }

  /** "created@0.0s → queued@0.0s → running@1.0s": the statuses seen on a job, deduplicated. */
  describeTimeline(jobId: string): string {
    const points = this.timelines.get(jobId)?.points ?? [];
    const changes = points.filter(
      (point, index) => index === 0 || points[index - 1]?.status !== point.status,
    );
    if (changes.length === 0) return "no status was observed";
    return changes.map((point) => `${point.status}@${(point.atMs / 1000).toFixed(1)}s`).join(" → ");
  }
}
