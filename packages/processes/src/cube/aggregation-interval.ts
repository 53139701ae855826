import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { parseInstant } from "./instant.js";
import { timeOfDayAt, timeOfDayOf } from "./time-of-day.js";

/** A left-closed interval of instants, or of times of day (which may wrap past midnight). */
export interface AggregationInterval {
  readonly start: string | null;
  /** Whether an instant (milliseconds since the epoch) lies in the interval. */
  contains(instant: number): boolean;
}

function failure(openeoCode: string, message: string): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, message);
}

function boundOf(value: Value | undefined, processId: string): string | null {
  if (value === null || typeof value === "string") return value;
  throw failure(
    "ProcessArgumentInvalid",
    `${processId}: an interval bound must be a date, date-time, time or null.`,
  );
}

function timeInterval(start: number, end: number): AggregationInterval["contains"] {
  return (instant) => {
    const time = timeOfDayAt(instant);
    return start <= end ? time >= start && time < end : time >= start || time < end;
  };
}

/** Reads one `[start, end]` pair; `TemporalExtentEmpty` when the end is not after the start (dates only). */
export function aggregationInterval(pair: Value | undefined, processId: string): AggregationInterval {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw failure("ProcessArgumentInvalid", `${processId}: each interval must have exactly two elements.`);
  }
  const start = boundOf(pair[0], processId);
  const end = boundOf(pair[1], processId);
  const times = [start, end].map((bound) => (bound === null ? null : timeOfDayOf(bound)));
  if (times.some((time) => time !== undefined && time !== null)) {
    if (times.includes(undefined)) {
      throw failure("ProcessArgumentInvalid", `${processId}: an interval mixes a time of day with a date.`);
    }
    return { start, contains: timeInterval(times[0] ?? 0, times[1] ?? 86_400_000) };
  }
  const from = start === null ? Number.NEGATIVE_INFINITY : parseInstant(start);
  const to = end === null ? Number.POSITIVE_INFINITY : parseInstant(end);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw failure(
      "ProcessArgumentInvalid",
      `${processId}: the interval [${start}, ${end}] is not made of dates.`,
    );
  }
  if (to <= from) {
    throw failure("TemporalExtentEmpty", `${processId}: the interval [${start}, ${end}] is empty.`);
  }
  return { start, contains: (instant) => instant >= from && instant < to };
}
