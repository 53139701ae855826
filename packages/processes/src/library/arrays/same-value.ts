import type { Value } from "../../value.js";
import { strictlyEqual } from "../comparison/equality.js";

function isComparable(value: Value): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * Whether an array element equals a searched value as `eq` compares them (no-data from `eq` counts as no match):
 * numbers, strings and booleans of the same type and value only; no-data, `NaN`, arrays and objects never match.
 */
export function sameValue(element: Value, searched: Value): boolean {
  return isComparable(element) && isComparable(searched) && strictlyEqual(element, searched);
}
