import { globMatcher } from "../internal/glob.js";
import type { Random } from "../internal/random.js";
import type { FaultAction, FaultSpec, InstalledFault } from "./fault.js";
import { validateFault } from "./validate-fault.js";

/** What a request looks like to the fault matcher. */
export interface FaultTarget {
  method: string;
  path: string;
  user: string | undefined;
  jobId: string | undefined;
}

export type ActionOf<T extends FaultAction["type"]> = Extract<FaultAction, { type: T }>;

/** The public handle `mock.faults`. */
export interface FaultsHandle {
  /** Installs a fault (checked; throws FaultInvalidError) and returns its id. */
  add(fault: FaultSpec): string;
  /** Removes a fault; `false` when the id is unknown. */
  remove(id: string): boolean;
  clear(): void;
  list(): InstalledFault[];
}

interface Entry {
  id: string;
  spec: FaultSpec;
  remaining: number | null;
  hits: number;
  skipping: number;
  matchesPath: (path: string) => boolean;
}

const REQUEST_TYPES = new Set(["error", "delay", "reset", "truncate", "malformed-json", "override"]);

/** Installed faults, matched in installation order, with a seeded generator for probabilities. */
export class FaultRegistry implements FaultsHandle {
  #entries: Entry[] = [];
  #counter = 0;
  #random: Random;

  /** `stream` makes the generator of probabilities, again at every reset (the same sequence for a seed). */
  constructor(private readonly stream: () => Random) {
    this.#random = stream();
  }

  add(fault: FaultSpec): string {
    const spec = validateFault(fault);
    this.#counter += 1;
    const id = `fault-${this.#counter}`;
    const path = spec.match?.path;
    this.#entries.push({
      id,
      spec,
      remaining: spec.times ?? null,
      hits: 0,
      skipping: spec.skip ?? 0,
      matchesPath: path ? globMatcher(path) : () => true,
    });
    return id;
  }

  remove(id: string): boolean {
    const before = this.#entries.length;
    this.#entries = this.#entries.filter((e) => e.id !== id);
    return this.#entries.length !== before;
  }

  clear(): void {
    this.#entries = [];
  }

  /** Back to the state after creation: no faults, ids from 1, the generator re-seeded. */
  reset(): void {
    this.clear();
    this.#counter = 0;
    this.#random = this.stream();
  }

  list(): InstalledFault[] {
    return this.#entries.map((e) => ({
      ...structuredClone(e.spec),
      id: e.id,
      remaining: e.remaining,
      hits: e.hits,
      skipping: e.skipping,
    }));
  }

  get isEmpty(): boolean {
    return this.#entries.length === 0;
  }

  #matches(entry: Entry, target: FaultTarget): boolean {
    const match = entry.spec.match;
    if (!match) return true;
    if (match.method && match.method !== target.method) return false;
    if (match.user && match.user !== target.user) return false;
    if (match.jobId && match.jobId !== target.jobId) return false;
    return entry.matchesPath(target.path);
  }

  #consume(entry: Entry): void {
    entry.hits += 1;
    if (entry.remaining === null) return;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#entries = this.#entries.filter((e) => e !== entry);
  }

  /** Decides whether a matching request is hit: first the `skip` count, then the seeded probability. */
  #hits(entry: Entry): boolean {
    if (entry.skipping > 0) {
      entry.skipping -= 1;
      return false;
    }
    const probability = entry.spec.probability;
    return probability === undefined || probability >= 1 || this.#random.next() < probability;
  }

  /** All request-level faults (error, delay, reset, truncate, malformed-json, override) hitting this request. */
  takeRequestFaults(target: FaultTarget): FaultAction[] {
    const hit: FaultAction[] = [];
    for (const entry of [...this.#entries]) {
      if (!REQUEST_TYPES.has(entry.spec.action.type) || !this.#matches(entry, target) || !this.#hits(entry))
        continue;
      this.#consume(entry);
      hit.push(entry.spec.action);
    }
    return hit;
  }

  /** The first fault of one type hitting this request, consumed. */
  take<T extends "job-outcome" | "asset">(type: T, target: FaultTarget): ActionOf<T> | undefined {
    for (const entry of this.#entries) {
      if (entry.spec.action.type !== type || !this.#matches(entry, target) || !this.#hits(entry)) continue;
      this.#consume(entry);
      return entry.spec.action as ActionOf<T>;
    }
    return undefined;
  }

  /** The first fault of one type matching this request, without consuming it or drawing a probability. */
  peek<T extends "asset" | "token-weakness">(type: T, target: FaultTarget): ActionOf<T> | undefined {
    const entry = this.#entries.find((e) => e.spec.action.type === type && this.#matches(e, target));
    return entry?.spec.action as ActionOf<T> | undefined;
  }
}
