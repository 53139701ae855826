import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { numberArgument } from "../common/number-process.js";
import { invalidArgument } from "../common/process-errors.js";

/** A value the comparison processes take: a number, a boolean, a string, or no-data. */
export type Comparable = number | boolean | string | null;

/** Reads an operand of a comparison; arrays, objects and cubes are refused. */
export function comparableArgument(processId: string, name: string, value: Value | undefined): Comparable {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  throw invalidArgument(processId, name, "a number, a boolean, a string or no-data (null)", value);
}

/** Strict equality of two present operands: same type, numbers within `delta`, strings maybe case-blind. */
export function strictlyEqual(
  x: number | boolean | string,
  y: number | boolean | string,
  delta: number | null = null,
  caseSensitive = true,
): boolean {
  if (typeof x === "number" && typeof y === "number") {
    return x === y || (delta !== null && Math.abs(x - y) <= delta);
  }
  if (typeof x === "string" && typeof y === "string" && !caseSensitive) {
    return x.toLowerCase() === y.toLowerCase();
  }
  return x === y;
}

/** `eq`'s answer: no-data when either operand is, else strict equality with its options. */
function equality(processId: string, args: ProcessArguments): boolean | null {
  const x = comparableArgument(processId, "x", args.x);
  const y = comparableArgument(processId, "y", args.y);
  const delta = numberArgument(processId, "delta", args.delta);
  if (delta !== null && !(delta > 0)) throw invalidArgument(processId, "delta", "a positive number", delta);
  const caseSensitive = args.case_sensitive;
  if (typeof caseSensitive !== "boolean") {
    throw invalidArgument(processId, "case_sensitive", "a boolean", caseSensitive ?? null);
  }
  return x === null || y === null ? null : strictlyEqual(x, y, delta, caseSensitive);
}

/** The equality processes. */
export const equalityProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "eq",
    summary: "Whether x equals y, strictly typed; numbers within delta, strings maybe case-blind.",
    fidelity: "exact",
    run: (args) => equality("eq", args),
  }),
  defineProcess({
    id: "neq",
    summary: "Whether x differs from y, the negation of eq.",
    fidelity: "exact",
    run: (args) => {
      const equal = equality("neq", args);
      return equal === null ? null : !equal;
    },
  }),
];
