import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { arrayInput, ignoresNodata, numbersOrNodata } from "../arrays/array-input.js";

/**
 * A cumulative process: each number combined with the result so far. No-data stays in place and is skipped, or,
 * with `ignore_nodata` `false`, makes it and everything after it no-data.
 */
function defineCumulative(id: string, summary: string, step: (total: number, x: number) => number) {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const ignore = ignoresNodata(args);
      let total: number | undefined;
      let stopped = false;
      const values = numbersOrNodata(id, arrayInput(id, "data", args.data).values);
      return values.map((value): Value => {
        if (value === null) stopped = !ignore;
        if (value === null || stopped) return null;
        total = total === undefined ? value : step(total, value);
        return total;
      });
    },
  });
}

/** The cumulative processes: running maximum, minimum, product and sum. */
export const cumulativeProcesses: readonly ProcessImplementation[] = [
  defineCumulative("cummax", "Gives the running maximum of an array of numbers.", Math.max),
  defineCumulative("cummin", "Gives the running minimum of an array of numbers.", Math.min),
  defineCumulative(
    "cumproduct",
    "Gives the running product of an array of numbers.",
    (total, x) => total * x,
  ),
  defineCumulative("cumsum", "Gives the running sum of an array of numbers.", (total, x) => total + x),
];
