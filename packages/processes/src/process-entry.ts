import type { ProcessDefinition } from "./process-definition.js";
import type { Value } from "./value.js";

/** What a running process may tell its caller besides its value. */
export interface ProcessContext {
  /** Records a `warning` for the job log: a result that is shape-only, an option that is ignored, ... */
  warn(message: string): void;
}

/** The arguments a process runs with: resolved values, defaults filled in, callbacks as {@link Callback}s. */
export type ProcessArguments = Readonly<Record<string, Value>>;

/**
 * How a process is computed: `exact` follows the official definition and its tests;
 * `shape-only` returns data of the right shape, type, dimensions and labels, and warns that it did.
 */
export type Fidelity = "exact" | "shape-only";

/** The implementation half of a registry entry, written by hand for one official process. */
export interface ProcessImplementation {
  readonly id: string;
  /** One line in our own words. */
  readonly summary: string;
  readonly fidelity: Fidelity;
  readonly run: (args: ProcessArguments, context: ProcessContext) => Value;
}

/** One process of the registry: its official definition and its implementation, in one entry. */
export interface ProcessEntry extends ProcessImplementation {
  readonly definition: ProcessDefinition;
  /** The official documentation of this process. */
  readonly documentation: string;
}

/** Declares the implementation of one official process (the registry pairs it with the definition). */
export function defineProcess(implementation: ProcessImplementation): ProcessImplementation {
  return implementation;
}
