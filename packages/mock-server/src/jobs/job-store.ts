import { GraphInterner } from "./graph-interner.js";
import type { JobRecord } from "./job.js";

/** Finds the first index in an ascending-by-seq array whose seq is greater than `seq`. */
function firstAfter(jobs: JobRecord[], seq: number): number {
  let low = 0;
  let high = jobs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((jobs[middle] as JobRecord).seq <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Jobs by id plus, per owner, an array in creation order. Listing a page is a binary search on the
 * cursor and a slice, so its cost does not depend on how many jobs are stored.
 */
export class JobStore {
  #byId = new Map<string, JobRecord>();
  #byOwner = new Map<string, JobRecord[]>();
  #graphs = new GraphInterner();

  get size(): number {
    return this.#byId.size;
  }

  /** Stores the job; its process graph is replaced by the shared copy of an equal one, if the store has one. */
  add(job: JobRecord): void {
    job.process = this.#graphs.intern(job.process);
    this.#byId.set(job.id, job);
    let list = this.#byOwner.get(job.owner);
    if (!list) {
      list = [];
      this.#byOwner.set(job.owner, list);
    }
    list.push(job);
  }

  /** How many jobs `owner` has stored. */
  countOf(owner: string): number {
    return this.#byOwner.get(owner)?.length ?? 0;
  }

  get(id: string): JobRecord | undefined {
    return this.#byId.get(id);
  }

  delete(job: JobRecord): void {
    this.#byId.delete(job.id);
    const list = this.#byOwner.get(job.owner);
    if (!list) return;
    const index = firstAfter(list, job.seq - 1);
    if (list[index] === job) list.splice(index, 1);
  }

  /**
   * Up to `limit` jobs of `owner`, newest first, created before the cursor `beforeSeq` (the `seq` of the last
   * job of the previous page), and whether older ones follow.
   */
  page(owner: string, beforeSeq: number, limit: number): { jobs: JobRecord[]; more: boolean } {
    const list = this.#byOwner.get(owner) ?? [];
    const end = beforeSeq === Number.POSITIVE_INFINITY ? list.length : firstAfter(list, beforeSeq - 1);
    const start = Math.max(0, end - limit);
    return { jobs: list.slice(start, end).reverse(), more: start > 0 };
  }

  all(): IterableIterator<JobRecord> {
    return this.#byId.values();
  }

  clear(): void {
    this.#byId.clear();
    this.#byOwner.clear();
    this.#graphs.clear();
  }
}
