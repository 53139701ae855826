import { JobkitMockError } from "../mock-error.js";

/** The mock's single source of time. In virtual mode it only moves when `advance` is called. */
export interface Clock {
  /** Milliseconds since the Unix epoch, as the mock sees them. */
  now(): number;
  /** Moves time forward by `ms` (also in wall mode, as an offset); jobs progress accordingly. */
  advance(ms: number): void;
}

/** Where virtual time starts: 2025-01-01T00:00:00Z, so outputs are the same on every run. */
const VIRTUAL_EPOCH = Date.UTC(2025, 0, 1);

/** The latest time the clock may show: openEO timestamps are RFC 3339, whose years have four digits. */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export interface ResettableClock extends Clock {
  reset(): void;
}

export function createClock(virtual: boolean): ResettableClock {
  let offset = 0;
  const base = (): number => (virtual ? VIRTUAL_EPOCH : Date.now());
  return {
    now: () => base() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0 || base() + offset + ms > LATEST) {
        throw new JobkitMockError(
          "ClockAdvanceInvalid",
          `clock.advance needs a non-negative number of ms that keeps the clock before the year 10000, got ${ms}.`,
        );
      }
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}
