import { aggregateTemporally } from "../../cube/aggregate-groups.js";
import { type AggregationInterval, aggregationInterval } from "../../cube/aggregation-interval.js";
import { parseInstant } from "../../cube/instant.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";
import { alongDimensions } from "../common/cells-in-place.js";

const ID = "aggregate_temporal";

function failure(openeoCode: string, message: string): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, `${ID}: ${message}`);
}

/** The label of each interval: the given labels, or the starts; either must be distinct. */
function groupLabels(
  intervals: readonly AggregationInterval[],
  labels: Value | undefined,
): (string | number)[] {
  const given = Array.isArray(labels) ? labels : [];
  if (given.length > 0 && given.length !== intervals.length) {
    throw failure("ProcessArgumentInvalid", `${given.length} labels for ${intervals.length} intervals.`);
  }
  const chosen = given.length > 0 ? given : intervals.map((interval) => interval.start);
  if (!chosen.every((label) => typeof label === "string" || typeof label === "number")) {
    throw failure("ProcessArgumentInvalid", "an interval with an open start needs a label in 'labels'.");
  }
  if (new Set(chosen).size !== chosen.length) {
    throw failure(
      "DistinctDimensionLabelsRequired",
      "the interval labels are not distinct; give distinct 'labels'.",
    );
  }
  return chosen as (string | number)[];
}

/** `aggregate_temporal`: one label per given interval, the reducer over the dates inside it. */
export const aggregateTemporal = defineProcess({
  id: ID,
  summary: "Reduces the dates inside each given time interval to one value per interval.",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: true }),
  run: (args, context) =>
    aggregateTemporally(args, context, ID, (labels) => {
      const parsed = (Array.isArray(args.intervals) ? args.intervals : []).map((pair) =>
        aggregationInterval(pair, ID),
      );
      const names = groupLabels(parsed, args.labels);
      const instants = labels.map((label) => parseInstant(String(label)));
      return parsed.map((interval, g) => ({
        label: names[g] as string | number,
        members: instants.flatMap((instant, k) => (interval.contains(instant) ? [k] : [])),
      }));
    }),
});
