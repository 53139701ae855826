import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import { choiceArgument } from "../common/argument-readers.js";
import { invalidArgument } from "../common/process-errors.js";
import { daysInMonth, formatTemporal, type ParsedTemporal, utcMs } from "./rfc3339.js";
import { temporalArgument } from "./temporal-argument.js";

const ID = "date_shift";
const DAY = 86_400_000;

/** Milliseconds of each unit that is a fixed length of time. */
export const FIXED_UNITS: Readonly<Record<string, number>> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY,
  week: 7 * DAY,
};

/**
 * Adds months to an instant on the calendar of its own time zone offset, keeping the time of day; a day the
 * target month lacks becomes the month's last day (January 31 + 1 month = February 28 or 29).
 */
export function addMonths(ms: number, months: number, offsetMinutes = 0): number {
  const local = new Date(ms + offsetMinutes * 60_000);
  const target = local.getUTCMonth() + months;
  const year = local.getUTCFullYear() + Math.floor(target / 12);
  const month = (((target % 12) + 12) % 12) + 1;
  const day = Math.min(local.getUTCDate(), daysInMonth(year, month));
  const msOfDay =
    local.getTime() - utcMs(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), 0);
  return utcMs(year, month, day, msOfDay) - offsetMinutes * 60_000;
}

/** The units of time `date_shift` and `date_difference` take. */
export const TIME_UNITS = [...Object.keys(FIXED_UNITS), "month", "year"];

function shifted(date: ParsedTemporal, value: number, unit: string): number {
  if (unit === "month") return addMonths(date.ms, value, date.offsetMinutes);
  if (unit === "year") return addMonths(date.ms, 12 * value, date.offsetMinutes);
  return date.ms + value * (FIXED_UNITS[unit] as number);
}

function dateShift({ date, value, unit }: ProcessArguments): string {
  const parsed = temporalArgument(ID, "date", date, ["date", "date-time"]);
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw invalidArgument(ID, "value", "an integer", value ?? null);
  }
  const result = shifted(parsed, value, choiceArgument(ID, "unit", unit, TIME_UNITS) as string);
  if (Number.isNaN(new Date(result).getTime())) {
    throw invalidArgument(ID, "value", "a shift that keeps the date within ±275,000 years of 1970", value);
  }
  return formatTemporal(result, parsed);
}

/** `date_shift`, in this family. */
export const dateShiftProcess: ProcessImplementation = defineProcess({
  id: ID,
  summary:
    "Moves a date or date-time by a number of units, keeping its time zone and clamping to month ends.",
  fidelity: "exact",
  run: dateShift,
});
