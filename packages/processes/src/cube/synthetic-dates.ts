import type { Interval } from "./temporal-interval.js";

const DAY = 86400000;
/**
 * Every how many days a synthetic collection has an observation when its description does not say
 * (`CollectionInfo.stepDays`): Sentinel-2's revisit with two satellites.
 */
export const REVISIT_DAYS = 5;

/**
 * The observation dates of a synthetic collection within an interval: every `stepDays` days (a whole number ≥ 1)
 * from the day the collection starts, as RFC 3339 date-times at midnight UTC. The interval must be bounded.
 */
export function syntheticDates(collectionStart: number, interval: Interval, stepDays: number): string[] {
  const step = stepDays * DAY;
  const first = Math.max(0, Math.ceil((interval.start - collectionStart) / step));
  const dates: string[] = [];
  for (let time = collectionStart + first * step; time < interval.end; time += step) {
    dates.push(new Date(time).toISOString().replace(".000Z", "Z"));
  }
  return dates;
}
