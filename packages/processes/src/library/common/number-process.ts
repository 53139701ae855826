import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "./process-errors.js";

/** A number argument that may be no-data: the number, or `null`; any other value is refused. */
export function numberArgument(processId: string, name: string, value: Value | undefined): number | null {
  if (value === null || value === undefined || typeof value === "number") return value ?? null;
  throw invalidArgument(processId, name, "a number or no-data (null)", value);
}

/** A number argument that may not be no-data (`min`, `p`, ...). */
export function requiredNumber(processId: string, name: string, value: Value | undefined): number {
  const number = numberArgument(processId, name, value);
  if (number === null) throw invalidArgument(processId, name, "a number", null);
  return number;
}

/**
 * A process of number arguments: no-data in any gives no-data, other values are refused, and `compute` gets the
 * numbers in the order of `names` with all the arguments.
 */
function numbersProcess(
  id: string,
  summary: string,
  names: readonly string[],
  compute: (numbers: number[], args: ProcessArguments) => number,
): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const numbers = names.map((name) => numberArgument(id, name, args[name]));
      return numbers.includes(null) ? null : compute(numbers as number[], args);
    },
  });
}

/** How a unary element-wise process computes one number; it may read its other arguments. */
type UnaryKernel = (x: number, args: ProcessArguments) => number;

/**
 * An element-wise process of one number argument whose kernel also serves cubes through `mapNumber` (where
 * no-data is `NaN`).
 */
export function unaryNumberProcess(
  id: string,
  summary: string,
  kernel: UnaryKernel,
  parameter = "x",
): ProcessImplementation {
  const process = numbersProcess(id, summary, [parameter], ([x], args) => kernel(x as number, args));
  return { ...process, mapNumber: kernel };
}

/** A process of two number arguments, `names` in the order `compute` takes them. */
export function binaryNumberProcess(
  id: string,
  summary: string,
  names: readonly [string, string],
  compute: (a: number, b: number) => number,
): ProcessImplementation {
  return numbersProcess(id, summary, names, ([a, b]) => compute(a as number, b as number));
}
