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

const ID = "aggregate_temporal_period";

function periodArgument(value: Value | undefined): TemporalPeriod {
  const found = TEMPORAL_PERIODS.find((period) => period === value);
  if (found) return found;
  throw new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: period must be one of ${TEMPORAL_PERIODS.join(", ")}.`,
  );
}

/** Every period from the first date's to the last date's, each with the positions of the dates inside it. */
function periodGroups(labels: readonly (string | number)[], period: TemporalPeriod) {
  const ordinals = labels.map((label) => periodOrdinal(parseInstant(String(label)), period));
  if (ordinals.some(Number.isNaN)) {
    throw new ProcessFailedError(
      { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
      `${ID}: the temporal dimension has labels that are not dates.`,
    );
  }
  if (ordinals.length === 0) return [];
  const first = Math.min(...ordinals);
  const last = Math.max(...ordinals);
  return Array.from({ length: last - first + 1 }, (_, offset) => ({
    label: periodLabel(first + offset, period),
    members: ordinals.flatMap((ordinal, k) => (ordinal === first + offset ? [k] : [])),
  }));
}

/** `aggregate_temporal_period`: one label per calendar period over the cube's whole time span. */
export const aggregateTemporalPeriod = defineProcess({
  id: ID,
  summary: "Reduces the dates of each calendar period (hour to decade) over the cube's whole time span.",
  fidelity: "exact",
  run: (args) => {
    const period = periodArgument(args.period);
    return aggregateTemporally(args, ID, (labels) => periodGroups(labels, period));
  },
});
