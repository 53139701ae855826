import type { CollectionInfo } from "../../cube/collection-catalog.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { parseInstant } from "../../cube/instant.js";
import { REVISIT_DAYS, syntheticDates } from "../../cube/synthetic-dates.js";
import { type Interval, temporalInterval } from "../../cube/temporal-interval.js";
import type { ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { SYNTHETIC_START } from "./load-synthetic.js";

/** Where an open-ended collection ends, so the same graph always gives the same cube. */
const OPEN_END = Date.UTC(2026, 0, 1);

/** The collection of the context's catalogue with this id; `CollectionNotFound` (404) when there is none. */
export function collectionOf(id: Value, context: ProcessContext): CollectionInfo {
  const info = typeof id === "string" ? context.collections?.get(id) : undefined;
  if (!info) throw cubeFailure("CollectionNotFound", `collection '${String(id)}' does not exist.`, 404);
  return info;
}

/** The bands asked for, by name or by common name (every band with that common name), in the order asked. */
export function collectionBands(info: CollectionInfo, bands: Value): string[] {
  if (bands === null) return [...info.bands];
  if (!Array.isArray(bands) || !bands.every((band) => typeof band === "string")) {
    throw cubeFailure("ProcessParameterInvalid", "parameter 'bands' must be an array of band names or null.");
  }
  return bands.flatMap((band) => {
    if (info.bands.includes(band)) return [band];
    const named = info.commonNames?.[band];
    if (named && named.length > 0) return [...named];
    throw cubeFailure(
      "ProcessParameterInvalid",
      `collection '${info.id}' has no band '${band}'; its bands are ${info.bands.join(", ")}.`,
    );
  });
}

/** The common name of each of `bands` that has one in the collection's metadata, by band name. */
export function collectionCommonNames(
  info: CollectionInfo,
  bands: readonly string[],
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [common, named] of Object.entries(info.commonNames ?? {})) {
    for (const band of named) if (bands.includes(band)) names[band] = common;
  }
  return names;
}

/** The collection's cadence in days, {@link REVISIT_DAYS} when it gives none; a catalogue's bad one is refused. */
function stepDaysOf(info: CollectionInfo): number {
  const { stepDays = REVISIT_DAYS } = info;
  if (Number.isInteger(stepDays) && stepDays >= 1) return stepDays;
  throw cubeFailure(
    "Internal",
    `collection '${info.id}' is described with an observation every ${stepDays} days; the catalogue must give a whole number ≥ 1.`,
    500,
  );
}

/**
 * The synthetic observation dates of a collection in a temporal extent (`null`: its whole interval): every
 * `stepDays` days (5 unless the collection says) from its start.
 */
export function collectionDates(info: CollectionInfo, extent: Value): string[] {
  const start = info.interval[0] === null ? SYNTHETIC_START : parseInstant(info.interval[0]);
  const end = info.interval[1] === null ? OPEN_END : parseInstant(info.interval[1]);
  const asked: Interval = extent === null ? { start, end } : temporalInterval(extent);
  const within = { start: Math.max(asked.start, start), end: Math.min(asked.end, end) };
  return syntheticDates(start, within, stepDaysOf(info));
}
