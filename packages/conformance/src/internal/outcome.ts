import type { CheckStatus } from "../types.js";
import type { Exchange } from "./probe.js";

/** A check's verdict before the session adds the definition. */
export interface Outcome {
  readonly status: Exclude<CheckStatus, "not-supported" | "missing">;
  readonly observation: string;
  /** Every finding, when the observation names only the first few. */
  readonly violations?: readonly string[];
}

export const pass = (observation: string): Outcome => ({ status: "pass", observation });
export const fail = (observation: string, violations?: readonly string[]): Outcome => ({
  status: "fail",
  observation,
  ...(violations && violations.length > 1 ? { violations } : {}),
});
export const skip = (observation: string): Outcome => ({ status: "skip", observation });

/** Handed to a check: `use` adds exchanges to its evidence; an exchange without a whole answer fails the check. */
export interface CheckContext {
  use<T extends Exchange | undefined>(exchange: T): NonNullable<T>;
  /** Adds an exchange to the evidence without requiring an answer. */
  note(exchange: Exchange): void;
}
