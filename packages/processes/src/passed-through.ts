import type { Value } from "./value.js";

/** The values a process handed on without computing them (`run_udf`'s data), by identity. */
const passed = new WeakSet<object>();

/** Records that `value` was handed on uncomputed; returns it. */
export function markPassedThrough(value: Value): Value {
  if (typeof value === "object" && value !== null) passed.add(value);
  return value;
}

/** Whether `value` is one a process handed on without computing it (see {@link markPassedThrough}). */
export function wasPassedThrough(value: Value): boolean {
  return typeof value === "object" && value !== null && passed.has(value);
}
