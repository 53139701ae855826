const AXIS_OMITTED =
  "the expected cube omits the input's `axis` on y and x, and the runner compares dimension properties strictly";
const JANUARY_INTERVALS =
  "the intervals lie in January 2020 but the asset's dates are 2020-06-01…09, so every interval is empty, while the expected values are of the June dates";
const T_RENAMED = "the input's temporal dimension is t2, but the expected cube calls it t";
const FROM_ARGUMENT =
  "the child graph uses the legacy `from_argument` reference, which the engine does not resolve";

/** Official cases of the cubes processes the engine does not pass yet, by `process#index`, with the reason. */
export const cubesKnownFailures: Readonly<Record<string, string>> = {
  // callbacks
  "apply#1": `${AXIS_OMITTED}; ${FROM_ARGUMENT}; and it expects booleans in the cube, which stores numbers (0/1)`,
  "apply#2":
    "expects no-data cells written as the input's nodata value 255; the runner does not map it to NaN",
  "apply_dimension#1": AXIS_OMITTED,
  "apply_dimension#2":
    "applies over 'bands' of a cube without that dimension (t, y, x) yet expects values; we throw DimensionNotAvailable as the definition says",
  "reduce_dimension#1": `${AXIS_OMITTED}; ${FROM_ARGUMENT}`,
  "aggregate_temporal#5": JANUARY_INTERVALS,
  "aggregate_temporal#6": JANUARY_INTERVALS,
  "aggregate_temporal#7": JANUARY_INTERVALS,
  "aggregate_temporal#8": JANUARY_INTERVALS,
  "aggregate_temporal#9": `\`labels\` sits inside the reducer object, not among the arguments, so the open start has no label; and ${JANUARY_INTERVALS}`,
  "aggregate_temporal#10":
    "the reducer graph calls mean (its `required` says median) while the expected values are medians",
  "aggregate_temporal_period#3":
    "hour: expects day-like labels 2020-06-01-00, 2020-06-02-00, … (4) for dates within five hours of one day; the definition's labels are YYYY-MM-DD-HH over the whole span (hours 00 to 04, 5 labels)",
  "aggregate_temporal_period#4":
    "day: expects the hour-style labels 2020-06-01-00, …; the definition's day labels are YYYY-DDD (2020-153, …)",
  "aggregate_temporal_period#8": T_RENAMED,
  "aggregate_temporal_period#9": T_RENAMED,
};
