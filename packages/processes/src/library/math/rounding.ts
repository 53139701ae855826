import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import { requiredNumber, unaryNumberProcess } from "../common/number-process.js";
import { invalidArgument } from "../common/process-errors.js";

/**
 * Rounds to the nearest integer, halves to the even one. A number within a few units in the last place of its
 * 15-digit decimal reading (what a double holds for sure) is taken as that decimal, so that 0.35 × 10 counts as a
 * half whatever its binary representation.
 */
function roundHalfEven(y: number): number {
  if (Number.isInteger(y) || !Number.isFinite(y)) return y;
  const reading = Number(y.toPrecision(15));
  const decimal = Math.abs(reading - y) <= 4 * Number.EPSILON * Math.abs(y) ? reading : y;
  const below = Math.floor(decimal);
  if (decimal - below !== 0.5) return Math.round(decimal);
  return below % 2 === 0 ? below : below + 1;
}

/** Rounds x to p decimal places (p < 0: to a power of ten), halves to even. */
function roundTo(x: number, p: number): number {
  const scale = 10 ** Math.abs(p);
  return p >= 0 ? roundHalfEven(x * scale) / scale : roundHalfEven(x / scale) * scale;
}

/** The integer part of x; `NaN` has none, so `int` answers no-data for it (cubes keep `NaN`, their no-data). */
const int = unaryNumberProcess("int", "The integer part of x, dropping its fraction.", Math.trunc);

/** The processes that round a number to an integer or to a precision. */
export const roundingProcesses: readonly ProcessImplementation[] = [
  unaryNumberProcess("round", "Rounds x to p decimals (tens for p < 0), halves to even.", (x, args) => {
    const p = requiredNumber("round", "p", args.p);
    if (!Number.isInteger(p)) throw invalidArgument("round", "p", "an integer", p);
    return roundTo(x, p);
  }),
  unaryNumberProcess("floor", "The largest integer not above x.", Math.floor),
  unaryNumberProcess("ceil", "The smallest integer not below x.", Math.ceil),
  defineProcess({
    ...int,
    run: (args, context) => {
      const value = int.run(args, context);
      return typeof value === "number" && Number.isNaN(value) ? null : value;
    },
  }),
];
