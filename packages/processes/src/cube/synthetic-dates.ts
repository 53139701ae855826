import type { Interval } from "./temporal-interval.js";

const DAY = 86400000;
/** Every how many days a synthetic collection has an observation (Sentinel-2's revisit with two satellites). */
export const REVISIT_DAYS = 5;

/**
 * The observation dates of a synthetic collection within an interval: every {@link REVISIT_DAYS} days from the day
 * the collection starts, as RFC 3339 date-times at midnight UTC. The interval must be bounded.
 */
export function syntheticDates(collectionStart: number, interval: Interval): string[] {
  const step = REVISIT_DAYS * DAY;
  const first = Math.max(0, Math.ceil((interval.start - collectionStart) / step));
  const dates: string[] = [];
  for (let time = collectionStart + first * step; time < interval.end; time += step) {
    dates.push(new Date(time).toISOString().replace(".000Z", "Z"));
  }
  return dates;
}
