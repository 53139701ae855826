import type { Random } from "./random.js";
import type { Secrets } from "./secrets.js";

/** Job ids and sequence numbers: same seed and same order of requests → same ids; without a seed, random ids. */
export class IdSource {
  readonly #secrets: Secrets;
  #random: Random;
  #seq = 0;
  #syncRuns = 0;

  constructor(secrets: Secrets) {
    this.#secrets = secrets;
    this.#random = secrets.stream("job-ids");
  }

  /** The next creation sequence number (starts at 1). */
  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  /** A new job id: `j-` and 16 hex characters. */
  jobId(): string {
    return `j-${this.#random.hex(16)}`;
  }

  /** A new id for a synchronous run: `r-1`, `r-2`, ... */
  syncRequestId(): string {
    this.#syncRuns += 1;
    return `r-${this.#syncRuns}`;
  }

  reset(): void {
    this.#random = this.#secrets.stream("job-ids");
    this.#seq = 0;
    this.#syncRuns = 0;
  }
}
