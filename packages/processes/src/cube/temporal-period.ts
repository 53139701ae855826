/** The calendar periods of `aggregate_temporal_period`. */
export const TEMPORAL_PERIODS = [
  "hour",
  "day",
  "week",
  "dekad",
  "month",
  "season",
  "tropical-season",
  "year",
  "decade",
  "decade-ad",
] as const;

/** One of {@link TEMPORAL_PERIODS}. */
export type TemporalPeriod = (typeof TEMPORAL_PERIODS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const year4 = (year: number) => pad(year, 4);

function dayOfYear(date: Date): number {
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY) + 1;
}

/** Counts periods since the epoch: consecutive periods have consecutive ordinals. */
export function periodOrdinal(instant: number, period: TemporalPeriod): number {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const months = year * 12 + month;
  switch (period) {
    case "hour":
      return Math.floor(instant / HOUR);
    case "day":
      return Math.floor(instant / DAY);
    case "week": // ISO weeks start on Monday; 1970-01-01 was a Thursday.
      return Math.floor((Math.floor(instant / DAY) + 3) / 7);
    case "dekad":
      return months * 3 + Math.min(Math.floor((date.getUTCDate() - 1) / 10), 2);
    case "month":
      return months;
    case "season": // December opens the season of the following months.
      return Math.floor((months + 1) / 3);
    case "tropical-season": // November opens the season of the following months.
      return Math.floor((months + 2) / 6);
    case "year":
      return year;
    case "decade":
      return Math.floor(year / 10);
    case "decade-ad":
      return Math.floor((year - 1) / 10);
  }
}

function weekLabel(ordinal: number): string {
  const thursday = new Date((ordinal * 7 - 3 + 3) * DAY);
  return `${year4(thursday.getUTCFullYear())}-${pad(Math.floor((dayOfYear(thursday) - 1) / 7) + 1, 2)}`;
}

/** The label the definition gives the period with this ordinal (`2020-06-01-13`, `2020-153`, `2023-djf`, ...). */
export function periodLabel(ordinal: number, period: TemporalPeriod): string {
  const floorDiv = (a: number, b: number) => Math.floor(a / b);
  switch (period) {
    case "hour": {
      const date = new Date(ordinal * HOUR);
      return `${date.toISOString().slice(0, 10)}-${pad(date.getUTCHours(), 2)}`;
    }
    case "day": {
      const date = new Date(ordinal * DAY);
      return `${year4(date.getUTCFullYear())}-${pad(dayOfYear(date), 3)}`;
    }
    case "week":
      return weekLabel(ordinal);
    case "dekad":
      return `${year4(floorDiv(ordinal, 36))}-${pad((ordinal % 36) + 1, 2)}`;
    case "month":
      return `${year4(floorDiv(ordinal, 12))}-${pad((ordinal % 12) + 1, 2)}`;
    case "season": {
      const name = ["djf", "mam", "jja", "son"][ordinal % 4] as string;
      return `${year4(floorDiv(ordinal, 4) - (ordinal % 4 === 0 ? 1 : 0))}-${name}`;
    }
    case "tropical-season": {
      const name = ordinal % 2 === 0 ? "ndjfma" : "mjjaso";
      return `${year4(floorDiv(ordinal, 2) - (ordinal % 2 === 0 ? 1 : 0))}-${name}`;
    }
    case "year":
      return year4(ordinal);
    case "decade":
      return year4(ordinal * 10);
    case "decade-ad":
      return year4(ordinal * 10 + 1);
  }
}

/** The first month (0 = January) of each season's label, in the year the label names. */
const SEASON_STARTS: Readonly<Record<string, number>> = {
  djf: 11,
  mam: 2,
  jja: 5,
  son: 8,
  ndjfma: 10,
  mjjaso: 4,
};

/** Midnight UTC of the Monday that opens ISO week 1 of a year (the week holding 4 January). */
function isoWeekOne(year: number): number {
  const fourth = Date.UTC(year, 0, 4);
  return fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * DAY;
}

/** The start of a period from the numbers of its label: the year, then those after it. */
function startOf(period: TemporalPeriod, [year = 0, a = 1, b = 1, c = 0]: readonly number[]): number {
  switch (period) {
    case "hour":
      return Date.UTC(year, a - 1, b, c);
    case "day":
      return Date.UTC(year, 0, 1) + (a - 1) * DAY;
    case "week":
      return isoWeekOne(year) + (a - 1) * 7 * DAY;
    case "dekad":
      return Date.UTC(year, Math.floor((a - 1) / 3), 1 + ((a - 1) % 3) * 10);
    case "month":
      return Date.UTC(year, a - 1, 1);
    default:
      return Date.UTC(year, 0, 1);
  }
}

const LABEL_PATTERNS: Readonly<Record<TemporalPeriod, RegExp>> = {
  hour: /^(\d{4})-(\d{2})-(\d{2})-(\d{2})$/,
  day: /^(\d{4})-(\d{3})$/,
  week: /^(\d{4})-(\d{2})$/,
  dekad: /^(\d{4})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  season: /^(\d{4})-(djf|mam|jja|son)$/,
  "tropical-season": /^(\d{4})-(ndjfma|mjjaso)$/,
  year: /^(\d{4})$/,
  decade: /^(\d{3}0)$/,
  "decade-ad": /^(\d{3}1)$/,
};

/**
 * The first instant (milliseconds since the epoch, UTC) of the period a label of {@link periodLabel} names:
 * `2020-06` of `month` is 2020-06-01, `2020-01` of `week` the Monday 2019-12-30, `2022-djf` of `season`
 * 2022-12-01. `NaN` when the label is not one of that period.
 */
export function periodStart(label: string, period: TemporalPeriod): number {
  const match = LABEL_PATTERNS[period].exec(label);
  if (!match) return Number.NaN;
  const [, year, ...rest] = match;
  const season = SEASON_STARTS[rest[0] as string];
  if (season !== undefined) return Date.UTC(Number(year), season, 1);
  return startOf(period, [Number(year), ...rest.map(Number)]);
}

/** The periods that repeat every year; their labels end with the position in the year (`-06`, `-djf`, ...). */
export const YEARLY_PERIODS: readonly string[] = TEMPORAL_PERIODS.slice(0, TEMPORAL_PERIODS.indexOf("year"));

/** The part of a period label that names its place within the year (`2020-06` → `06`, `2023-djf` → `djf`). */
export function placeInYear(label: string): string {
  return label.slice(label.lastIndexOf("-") + 1);
}
