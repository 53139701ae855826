/** A date, date-time or time of day read from its RFC 3339 text. */
export interface ParsedTemporal {
  readonly kind: "date" | "date-time" | "time";
  /** The instant in milliseconds since 1970-01-01T00:00:00Z; for a time of day, milliseconds since midnight. */
  readonly ms: number;
  /** The time zone offset the text gave, in minutes east of UTC (0 for a date or time, which are UTC). */
  readonly offsetMinutes: number;
  /** Whether the text wrote its offset as `Z`. */
  readonly zulu: boolean;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})$/;
const MINUTE = 60_000;

/** Days in a month (1-12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0, 0)).getUTCDate();
}

/** Milliseconds since the epoch of a UTC calendar date and time of day; any year, months and days may overflow. */
export function utcMs(year: number, month: number, day: number, msOfDay: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() + msOfDay;
}

function timeOfDay(hour: number, minute: number, second: number, fraction = ""): number | undefined {
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second (:60) is read as the second before it: it can be given, never returned.
  const ms = Number(`0.${fraction || "0"}`) * 1000;
  return ((hour * 60 + minute) * 60 + Math.min(second, 59)) * 1000 + Math.floor(ms);
}

function parseDateTime(match: RegExpExecArray): ParsedTemporal | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const [, , , , , , , fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const msOfDay = timeOfDay(hour, minute, second, fraction);
  if (msOfDay === undefined || Number(offsetHours ?? 0) > 23 || Number(offsetMinutes ?? 0) > 59)
    return undefined;
  const offset = sign ? (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) : 0;
  return {
    kind: match[4] === undefined ? "date" : "date-time",
    ms: utcMs(year, month, day, msOfDay) - offset * MINUTE,
    offsetMinutes: offset,
    zulu: zulu !== undefined,
  };
}

/** Reads an RFC 3339 date (`2020-01-31`), date-time with offset, or time of day (`12:00:00`); `undefined` if invalid. */
export function parseTemporal(text: string): ParsedTemporal | undefined {
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) return parseDateTime(dateTime);
  const time = TIME.exec(text);
  const ms = time ? timeOfDay(Number(time[1]), Number(time[2]), Number(time[3])) : undefined;
  return ms === undefined ? undefined : { kind: "time", ms, offsetMinutes: 0, zulu: false };
}

function offsetText(offsetMinutes: number, zulu: boolean): string {
  if (zulu) return "Z";
  const size = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** Writes an instant as RFC 3339 text: a date only (UTC), or a date-time in the given offset. */
export function formatTemporal(
  ms: number,
  like: Pick<ParsedTemporal, "kind" | "offsetMinutes" | "zulu">,
): string {
  if (like.kind === "date") return new Date(ms).toISOString().slice(0, 10);
  const local = new Date(ms + like.offsetMinutes * MINUTE).toISOString();
  const withoutZone = local.endsWith(".000Z") ? local.slice(0, -5) : local.slice(0, -1);
  return `${withoutZone}${offsetText(like.offsetMinutes, like.zulu)}`;
}
