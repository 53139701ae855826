import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../process-entry.js";
import { dateDifferenceProcess } from "./dates/date-difference.js";
import { dateShiftProcess } from "./dates/date-shift.js";
import { temporalArgument } from "./dates/temporal-argument.js";

const ID = "date_between";

/** Whether `x` lies between the bounds; times of day compare with times of day, dates with dates and date-times. */
function dateBetween({ x, min, max, exclude_max }: ProcessArguments): boolean | null {
  if (x === null) return null;
  const value = temporalArgument(ID, "x", x, ["date", "date-time", "time"]);
  const kinds = value.kind === "time" ? (["time"] as const) : (["date", "date-time"] as const);
  const low = temporalArgument(ID, "min", min, kinds);
  const high = temporalArgument(ID, "max", max, kinds);
  return value.ms >= low.ms && (exclude_max === true ? value.ms < high.ms : value.ms <= high.ms);
}

/** The dates processes. */
export const datesProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: ID,
    summary:
      "Tells whether a date, date-time or time lies between two bounds, the upper one optionally excluded.",
    fidelity: "exact",
    run: dateBetween,
  }),
  dateDifferenceProcess,
  dateShiftProcess,
];
