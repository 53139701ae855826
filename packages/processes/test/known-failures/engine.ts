/**
 * Official cases the engine does not pass, by `process#index`, with the reason. These are cases that contradict
 * their own process definitions; the engine validates every argument against the definitions before it runs
 * (as the official tests' README asks: invalid input is "rejected upfront, without any process evaluation"),
 * so it refuses them with the openEO error named in the reason. `test/validation-official.test.ts` checks that
 * each one is indeed refused, and that validation accepts every other case.
 */
const FROM_ARGUMENT =
  "the callback reads {from_argument}, the pre-1.0 reference openEO API 1.x dropped; it is a plain object " +
  "where a number is required (ProcessParameterInvalid)";
const ARRAY_FILTER =
  "passes the callback as 'process' (array_filter's parameter is 'condition') and reads {from_argument} " +
  "(ProcessParameterUnsupported, ProcessParameterRequired)";
const RANGE_1 = "x lies outside the schema's range [-1, 1] (ProcessParameterInvalid)";
const RANGE_0 = "x is below the schema's minimum 0 (ProcessParameterInvalid)";

export const engineKnownFailures: Readonly<Record<string, string>> = {
  "apply#1": FROM_ARGUMENT,
  "arccos#5": RANGE_1,
  "arccos#6": RANGE_1,
  "arccos#8": RANGE_1,
  "arccos#9": RANGE_1,
  "arcsin#5": RANGE_1,
  "arcsin#6": RANGE_1,
  "arcsin#8": RANGE_1,
  "arcsin#9": RANGE_1,
  "array_apply#0": FROM_ARGUMENT,
  "array_apply#1": FROM_ARGUMENT,
  "array_apply#2": FROM_ARGUMENT,
  "array_apply#3": FROM_ARGUMENT,
  "array_apply#6": FROM_ARGUMENT,
  "array_apply#7": FROM_ARGUMENT,
  "array_apply#8": `${FROM_ARGUMENT}, and calls process 'mulitply' (ProcessUnsupported)`,
  "array_element#7":
    "index -1 is below the schema's minimum 0 (ProcessParameterInvalid, not ArrayElementNotAvailable)",
  "array_filter#0": ARRAY_FILTER,
  "array_filter#1": ARRAY_FILTER,
  "array_filter#2": ARRAY_FILTER,
  "array_filter#3": ARRAY_FILTER,
  "array_filter#4": ARRAY_FILTER,
  "array_filter#5": ARRAY_FILTER,
  "array_filter#6": ARRAY_FILTER,
  "count#4":
    "condition is a bare graph without {process_graph} and reads parameter 'element', count hands its " +
    "callback 'x' and 'context' (ProcessParameterInvalid, ProcessParameterMissing)",
  "count#5":
    "condition is a bare graph without {process_graph} and reads parameter 'element', count hands its " +
    "callback 'x' and 'context' (ProcessParameterInvalid, ProcessParameterMissing)",
  "ln#5": RANGE_0,
  "ln#7": RANGE_0,
  "log#0": RANGE_0,
  "log#14": RANGE_0,
  "merge_cubes#3": FROM_ARGUMENT,
  "normalized_difference#3": "x is no-data while the schema allows only numbers (ProcessParameterInvalid)",
  "reduce_dimension#1": FROM_ARGUMENT,
  "rename_labels#5": "omits 'target', which rename_labels requires (ProcessParameterRequired)",
  "rename_labels#7": "omits 'target', which rename_labels requires (ProcessParameterRequired)",
};
