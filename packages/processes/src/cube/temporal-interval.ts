import type { Value } from "../value.js";
import { cubeFailure } from "./cube-failure.js";
import { parseInstant } from "./instant.js";

/** A temporal interval: start included, end excluded, `-Infinity`/`Infinity` when open. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

function bound(value: Value | undefined, open: number): number {
  if (value === null || value === undefined) return open;
  const instant = typeof value === "string" ? parseInstant(value) : Number.NaN;
  if (Number.isNaN(instant)) {
    throw cubeFailure("ProcessParameterInvalid", `'${String(value)}' is not an RFC 3339 date or date-time.`);
  }
  return instant;
}

/** Reads a temporal extent `[start, end]`; throws `TemporalExtentEmpty` when the end is not after the start. */
export function temporalInterval(extent: Value | undefined): Interval {
  if (!Array.isArray(extent) || extent.length !== 2 || (extent[0] === null && extent[1] === null)) {
    throw cubeFailure("ProcessParameterInvalid", "the temporal extent must be [start, end], not both null.");
  }
  const interval = { start: bound(extent[0], -Infinity), end: bound(extent[1], Infinity) };
  if (interval.end <= interval.start) {
    throw cubeFailure(
      "TemporalExtentEmpty",
      "the temporal extent is empty: its end must be after its start.",
    );
  }
  return interval;
}
