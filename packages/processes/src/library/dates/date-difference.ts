import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import { choiceArgument } from "../common/argument-readers.js";
import { addMonths, FIXED_UNITS, TIME_UNITS } from "./date-shift.js";
import { temporalArgument } from "./temporal-argument.js";

const ID = "date_difference";

/**
 * Calendar months from `from` to `to` (UTC): the whole months, plus the rest as a fraction of the month it falls
 * in, so that January 31 to February 29 is one month and January 1 to January 16 about half of one.
 */
function monthsBetween(from: number, to: number): number {
  const [a, b] = [new Date(from), new Date(to)];
  const whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const anchor = addMonths(from, whole);
  const next = addMonths(from, to < anchor ? whole - 1 : whole + 1);
  return whole + (to - anchor) / Math.abs(next - anchor);
}

function dateDifference({ date1, date2, unit }: ProcessArguments): number {
  const from = temporalArgument(ID, "date1", date1, ["date", "date-time"]).ms;
  const to = temporalArgument(ID, "date2", date2, ["date", "date-time"]).ms;
  const name = choiceArgument(ID, "unit", unit, TIME_UNITS) as string;
  if (name === "month") return monthsBetween(from, to);
  if (name === "year") return monthsBetween(from, to) / 12;
  return (to - from) / (FIXED_UNITS[name] as number);
}

/** `date_difference`, in this family. */
export const dateDifferenceProcess: ProcessImplementation = defineProcess({
  id: ID,
  summary: "Gives the time from one date to another in a unit, positive when the second is later.",
  fidelity: "exact",
  run: dateDifference,
});
