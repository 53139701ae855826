import { REVISIT_DAYS } from "@jobkit/processes/calendar";

const HOURS_PER_DAY = 24;
/** The ISO 8601 durations of a whole number of days: `P3D`, `P2W`, `PT48H`. */
const WHOLE_DAYS: readonly [RegExp, number][] = [
  [/^P(\d+)D$/, 1],
  [/^P(\d+)W$/, 7],
  [/^PT(\d+)H$/, 1 / HOURS_PER_DAY],
];

/**
 * The days between two observations that a temporal dimension's `step` gives: the engine's `REVISIT_DAYS` for `null`
 * or none (irregular or unknown, as the STAC datacube extension reads it); undefined for a step that is not an ISO
 * 8601 duration of a whole number of days ≥ 1 (`P1M`, `PT1H`, `P0D`), which the synthetic calendar cannot follow.
 */
export function stepDays(step: unknown): number | undefined {
  if (step === undefined || step === null) return REVISIT_DAYS;
  if (typeof step !== "string") return undefined;
  for (const [pattern, days] of WHOLE_DAYS) {
    const count = pattern.exec(step)?.[1];
    const total = count === undefined ? Number.NaN : Number(count) * days;
    if (Number.isInteger(total) && total >= 1) return total;
  }
  return undefined;
}

/** The `step` the mock publishes for a cadence of `days` (`P5D`). */
export function stepDuration(days: number): string {
  return `P${days}D`;
}
