import type { ProcessImplementation } from "../../process-entry.js";
import { binaryNumberProcess } from "../common/number-process.js";

/** IEEE 754 `pow`: JavaScript answers `NaN` for `1 ** Infinity` and `(-1) ** ±Infinity`, IEEE 754 answers 1. */
function power(base: number, p: number): number {
  if (base === 1 || (base === -1 && (p === Number.POSITIVE_INFINITY || p === Number.NEGATIVE_INFINITY)))
    return 1;
  return base ** p;
}

/** The remainder with the sign of the divisor; a zero divisor gives ±Infinity or `NaN` as the definition says. */
function modulo(x: number, y: number): number {
  if (y === 0) return x === 0 || Number.isNaN(x) ? Number.NaN : x * Number.POSITIVE_INFINITY;
  const remainder = x % y;
  const signDiffers = remainder !== 0 && remainder < 0 !== y < 0;
  return signDiffers && Number.isFinite(y) ? remainder + y : remainder;
}

/** The binary arithmetic processes, IEEE 754 throughout (a zero divisor gives ±Infinity or `NaN`, no error). */
export const arithmeticProcesses: readonly ProcessImplementation[] = [
  binaryNumberProcess(
    "add",
    "Adds two numbers; no-data in either gives no-data.",
    ["x", "y"],
    (x, y) => x + y,
  ),
  binaryNumberProcess("subtract", "x minus y; no-data in either gives no-data.", ["x", "y"], (x, y) => x - y),
  binaryNumberProcess("multiply", "x times y; no-data in either gives no-data.", ["x", "y"], (x, y) => x * y),
  binaryNumberProcess(
    "divide",
    "x over y, ±Infinity or NaN for a zero divisor.",
    ["x", "y"],
    (x, y) => x / y,
  ),
  binaryNumberProcess("power", "base raised to the power p.", ["base", "p"], power),
  binaryNumberProcess("mod", "Remainder of x / y, signed like y.", ["x", "y"], modulo),
  binaryNumberProcess(
    "normalized_difference",
    "(x - y) / (x + y), as in NDVI.",
    ["x", "y"],
    (x, y) => (x - y) / (x + y),
  ),
];
