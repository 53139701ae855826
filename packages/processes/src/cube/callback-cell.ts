import { wasPassedThrough } from "../passed-through.js";
import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";

/**
 * A value a callback returned, as a cube cell: no-data is `NaN`, booleans are 0 and 1. Values a callback handed on
 * uncomputed (a `run_udf` that reduces, which jobkit does not run) are no-data too: the code would have made one.
 */
export function toCell(value: Value, processId: string): number {
  if (typeof value === "number") return value;
  if (value === null || wasPassedThrough(value)) return Number.NaN;
  if (typeof value === "boolean") return value ? 1 : 0;
  throw new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: the callback returned ${Array.isArray(value) ? "an array" : typeof value}, a cube cell needs a number, boolean or null.`,
  );
}
