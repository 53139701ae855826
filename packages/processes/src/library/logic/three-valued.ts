import { LabeledArray } from "../../labeled-array.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";

/** A truth value of openEO's three-valued logic: `null` is no-data, "unknown". */
export type Truth = boolean | null;

/** Reads a truth-value argument; anything but a boolean or no-data is refused. */
export function truthArgument(processId: string, name: string, value: Value | undefined): Truth {
  if (value === undefined || value === null || typeof value === "boolean") return value ?? null;
  throw invalidArgument(processId, name, "a boolean or no-data (null)", value);
}

/** The items of an array or labeled array of truth values. */
export function truthItems(processId: string, data: Value | undefined): Truth[] {
  const items = data instanceof LabeledArray ? data.values : data;
  if (!Array.isArray(items)) throw invalidArgument(processId, "data", "an array of booleans", data ?? null);
  return items.map((item, index) => truthArgument(processId, `data[${index}]`, item));
}

/**
 * Whether every value is true. With `ignoreNodata`, no-data values are left out; without, one `false` decides,
 * else any no-data makes the answer no-data (the pairwise table of `and`).
 */
export function allTrue(values: readonly Truth[], ignoreNodata: boolean): Truth {
  if (values.includes(false)) return false;
  return !ignoreNodata && values.includes(null) ? null : true;
}

/** Whether any value is true; the mirror of {@link allTrue} (the pairwise table of `or`). */
export function anyTrue(values: readonly Truth[], ignoreNodata: boolean): Truth {
  if (values.includes(true)) return true;
  return !ignoreNodata && values.includes(null) ? null : false;
}

/** A cube cell as a truth value: `NaN` is no-data, zero is false, anything else true. */
export function truthOfNumber(value: number): Truth {
  return Number.isNaN(value) ? null : value !== 0;
}

/** A truth value as a cube cell: 1, 0, or `NaN` for no-data. */
export function numberOfTruth(value: Truth): number {
  return value === null ? Number.NaN : Number(value);
}
