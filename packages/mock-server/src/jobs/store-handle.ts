import type { Schema } from "../internal/api-types.js";
import type { MockContext } from "../mock-context.js";
import type { JobRecord, LogEntry } from "./job.js";
import { jobView } from "./job-view.js";

/** A job as `mock.store` shows it: the API view (`GET /jobs/{id}`) plus owner, logs and result files. */
export type JobSnapshot = Schema<"batch_job"> & {
  owner: string;
  logs: LogEntry[];
  files: { name: string; size: number; checksum: string; mediaType: string }[];
};

/** Read access to the jobs, for assertions. Each read brings the job up to the clock's time. */
export interface StoreHandle {
  get(id: string): JobSnapshot | undefined;
  /** All jobs, or those of one user, in creation order. */
  list(owner?: string): JobSnapshot[];
  readonly size: number;
}

function snapshot(ctx: MockContext, job: JobRecord): JobSnapshot {
  ctx.lifecycle.settle(job);
  return {
    ...structuredClone(jobView(job)),
    owner: job.owner,
    logs: ctx.lifecycle.logs(job).map((entry) => ({ ...entry })),
    files: (job.files ?? []).map((f) => ({
      name: f.name,
      size: f.size,
      checksum: f.checksum,
      mediaType: f.mediaType,
    })),
  };
}

/** The read-only view of the mock's jobs behind `mock.store` and `GET /_jobkit/jobs`. */
export function createStoreHandle(ctx: MockContext): StoreHandle {
  return {
    get: (id) => {
      const job = ctx.store.get(id);
      return job && snapshot(ctx, job);
    },
    list: (owner) =>
      [...ctx.store.all()]
        .filter((job) => owner === undefined || job.owner === owner)
        .sort((a, b) => a.seq - b.seq)
        .map((job) => snapshot(ctx, job)),
    get size() {
      return ctx.store.size;
    },
  };
}
