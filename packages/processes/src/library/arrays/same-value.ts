import type { Value } from "../../value.js";

/**
 * Whether an array element equals a searched value as `eq` compares them: numbers, strings and booleans of the
 * same type and value only; no-data, `NaN`, arrays and objects never match.
 */
export function sameValue(element: Value, searched: Value): boolean {
  const type = typeof searched;
  if (type !== "number" && type !== "string" && type !== "boolean") return false;
  return typeof element === type && element === searched;
}
