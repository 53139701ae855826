import { defineProcess, type ProcessImplementation } from "../process-entry.js";
import { invalidArgument } from "./arrays/process-exception.js";
import { dateDifferenceProcess } from "./dates/date-difference.js";
import { dateShiftProcess } from "./dates/date-shift.js";
import { temporalArgument } from "./dates/temporal-argument.js";

const KINDS = ["date", "date-time", "time"] as const;

/** The dates processes. */
export const datesProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "date_between",
    summary:
      "Tells whether a date, date-time or time lies between two bounds, the upper one optionally excluded.",
    fidelity: "exact",
    run: ({ x, min, max, exclude_max }) => {
      if (x === null) return null;
      const [value, low, high] = [
        temporalArgument("date_between", "x", x, KINDS),
        temporalArgument("date_between", "min", min, KINDS),
        temporalArgument("date_between", "max", max, KINDS),
      ];
      if ([low, high].some((bound) => (bound.kind === "time") !== (value.kind === "time"))) {
        throw invalidArgument("date_between", "x", "and the bounds must all be times of day, or all dates.");
      }
      return value.ms >= low.ms && (exclude_max === true ? value.ms < high.ms : value.ms <= high.ms);
    },
  }),
  dateDifferenceProcess,
  dateShiftProcess,
];
