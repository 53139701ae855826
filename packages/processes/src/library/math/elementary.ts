import type { ProcessImplementation } from "../../process-entry.js";
import { binaryNumberProcess, unaryNumberProcess } from "../common/number-process.js";

/** The logarithm of x to a base, exact for the bases 10 and 2. */
function logarithm(x: number, base: number): number {
  if (base === 10) return Math.log10(x);
  if (base === 2) return Math.log2(x);
  return Math.log(x) / Math.log(base);
}

/** Absolute value, sign, roots, exponentials and logarithms of one number. */
export const elementaryProcesses: readonly ProcessImplementation[] = [
  unaryNumberProcess("absolute", "The magnitude of x.", Math.abs),
  unaryNumberProcess("sgn", "-1, 0 or 1 after the sign of x.", Math.sign),
  unaryNumberProcess("sqrt", "The square root of x; NaN below zero.", Math.sqrt),
  unaryNumberProcess("exp", "e raised to the power p.", Math.exp, "p"),
  unaryNumberProcess("ln", "The natural logarithm of x; -Infinity at zero, NaN below.", Math.log),
  binaryNumberProcess("log", "The logarithm of x to the given base.", ["x", "base"], logarithm),
];
