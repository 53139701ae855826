import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";

/** A process that asks one question about a value of any type and always answers true or false. */
function check(id: string, summary: string, test: (x: Value) => boolean): ProcessImplementation {
  return defineProcess({ id, summary, fidelity: "exact", run: ({ x }) => test(x ?? null) });
}

/** The checks for no-data, `NaN`, infinity and validity. */
export const valueCheckProcesses: readonly ProcessImplementation[] = [
  check("is_nodata", "Whether x is no-data (null).", (x) => x === null),
  check("is_nan", "Whether x is the number NaN.", (x) => typeof x === "number" && Number.isNaN(x)),
  check(
    "is_infinite",
    "Whether x is +Infinity or -Infinity.",
    (x) => x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY,
  ),
  check(
    "is_valid",
    "Whether x is neither no-data nor NaN nor infinite.",
    (x) => x !== null && (typeof x !== "number" || Number.isFinite(x)),
  ),
];
