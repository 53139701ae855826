const AXIS_OMITTED =
  "the expected cube omits the input's `axis` on y and x, and the runner compares dimension properties strictly";
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
};
