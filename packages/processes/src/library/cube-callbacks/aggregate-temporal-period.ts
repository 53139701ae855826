import { aggregateTemporally } from "../../cube/aggregate-groups.js";
import { parseInstant } from "../../cube/instant.js";
import {
  periodLabel,
  periodOrdinal,
  TEMPORAL_PERIODS,
  type TemporalPeriod,
} from "../../cube/temporal-period.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";
import { alongDimensions } from "../common/cells-in-place.js";

const ID = "aggregate_temporal_period";

function periodArgument(value: Value | undefined): TemporalPeriod {
  const found = TEMPORAL_PERIODS.find((period) => period === value);
  if (found) return found;
  throw new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: period must be one of ${TEMPORAL_PERIODS.join(", ")}.`,
  );
}

/**
 * Every period from the first date's to the last date's, each with the positions of the dates inside it;
 * `reserve` is told how many periods there are before they are built.
 */
function periodGroups(
  labels: readonly (string | number)[],
  period: TemporalPeriod,
  reserve: (count: number) => void,
) {
  const ordinals = labels.map((label) => periodOrdinal(parseInstant(String(label)), period));
  if (ordinals.some(Number.isNaN)) {
    throw new ProcessFailedError(
      { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
      `${ID}: the temporal dimension has labels that are not dates.`,
    );
  }
  if (ordinals.length === 0) return [];
  const first = ordinals.reduce((a, b) => Math.min(a, b));
  const count = ordinals.reduce((a, b) => Math.max(a, b)) - first + 1;
  reserve(count);
  const groups = Array.from({ length: count }, (_, offset) => ({
    label: periodLabel(first + offset, period),
    members: [] as number[],
  }));
  for (const [k, ordinal] of ordinals.entries()) groups[ordinal - first]?.members.push(k);
  return groups;
}

/**
 * `aggregate_temporal_period`: one label per calendar period over the cube's whole time span; the dimension
 * records the period (`Dimension.period`).
 */
export const aggregateTemporalPeriod = defineProcess({
  id: ID,
  summary: "Reduces the dates of each calendar period (hour to decade) over the cube's whole time span.",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: true }),
  run: (args, context) => {
    const period = periodArgument(args.period);
    const groupsOf = (labels: readonly (string | number)[], reserve: (count: number) => void) =>
      periodGroups(labels, period, reserve);
    return aggregateTemporally(args, context, ID, groupsOf, period);
  },
});
