import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import { requiredNumber } from "../common/number-process.js";
import { invalidArgument } from "../common/process-errors.js";
import { comparableArgument, strictlyEqual } from "./equality.js";

type Order = (x: number, y: number) => boolean;

/**
 * An order comparison: no-data when either operand is; otherwise numbers compare (IEEE 754: `NaN` is never in
 * order), and other operands are `false` unless `orEqual` and they are strictly equal.
 */
function orderProcess(id: string, summary: string, order: Order, orEqual: boolean): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const x = comparableArgument(id, "x", args.x);
      const y = comparableArgument(id, "y", args.y);
      if (x === null || y === null) return null;
      if (typeof x === "number" && typeof y === "number") return order(x, y);
      return orEqual && strictlyEqual(x, y);
    },
  });
}

/** The order comparisons and `between`. */
export const orderingProcesses: readonly ProcessImplementation[] = [
  orderProcess("gt", "Whether the number x is above y.", (x, y) => x > y, false),
  orderProcess("gte", "Whether x is above or equal to y.", (x, y) => x >= y, true),
  orderProcess("lt", "Whether the number x is below y.", (x, y) => x < y, false),
  orderProcess("lte", "Whether x is below or equal to y.", (x, y) => x <= y, true),
  defineProcess({
    id: "between",
    summary: "Whether the number x lies in [min, max] (or [min, max) with exclude_max).",
    fidelity: "exact",
    run: ({ x, min, max, exclude_max: excludeMax }) => {
      const low = requiredNumber("between", "min", min);
      const high = requiredNumber("between", "max", max);
      if (typeof excludeMax !== "boolean") {
        throw invalidArgument("between", "exclude_max", "a boolean", excludeMax ?? null);
      }
      if (x === null || x === undefined) return null;
      if (typeof x !== "number") return false;
      return x >= low && (excludeMax ? x < high : x <= high);
    },
  }),
];
