import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import { invalidArgument } from "../arrays/process-exception.js";
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

function shifted(date: ParsedTemporal, value: number, unit: string): number {
  if (unit === "month") return addMonths(date.ms, value, date.offsetMinutes);
  if (unit === "year") return addMonths(date.ms, 12 * value, date.offsetMinutes);
  const size = FIXED_UNITS[unit];
  if (size === undefined) throw invalidArgument(ID, "unit", `names no unit of time ('${unit}').`);
  return date.ms + value * size;
}

function dateShift({ date, value, unit }: ProcessArguments): string {
  const parsed = temporalArgument(ID, "date", date, ["date", "date-time"]);
  if (typeof value !== "number" || !Number.isInteger(value))
    throw invalidArgument(ID, "value", "must be an integer.");
  const result = shifted(parsed, value, String(unit));
  if (Number.isNaN(new Date(result).getTime()))
    throw invalidArgument(ID, "value", "shifts the date out of range.");
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
