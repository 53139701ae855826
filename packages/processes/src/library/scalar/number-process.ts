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

/** How a unary element-wise process computes one number; it may read its other arguments. */
type UnaryKernel = (x: number, args: ProcessArguments) => number;

/**
 * An element-wise process of one number argument: no-data gives no-data, other values are refused, and the same
 * kernel serves cubes through `mapNumber` (where no-data is `NaN`).
 */
export function unaryNumberProcess(
  id: string,
  summary: string,
  kernel: UnaryKernel,
  parameter = "x",
): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const x = numberArgument(id, parameter, args[parameter]);
      return x === null ? null : kernel(x, args);
    },
    mapNumber: kernel,
  });
}

/** A process of two number arguments: no-data in either gives no-data, other values are refused. */
export function binaryNumberProcess(
  id: string,
  summary: string,
  [first, second]: readonly [string, string],
  compute: (a: number, b: number) => number,
): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const a = numberArgument(id, first, args[first]);
      const b = numberArgument(id, second, args[second]);
      return a === null || b === null ? null : compute(a, b);
    },
  });
}
