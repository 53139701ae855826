/**
 * Official cases the engine does not pass, by `process#index`, with the reason. These are cases that contradict
 * their own process definitions; the engine validates every argument against the definitions before it runs
 * (as the official tests' README asks: invalid input is "rejected upfront, without any process evaluation"),
 * so it refuses them with the openEO error named in the reason. `test/validation-official.test.ts` checks that
 * each one is indeed refused, and that validation accepts every other case. Two liberties keep the engine from
 * being stricter than the cases: it reads openEO 0.4's `{from_argument}` as `{from_parameter}`, and it leaves
 * the range of a number to the process.
 */
const ARRAY_FILTER =
  "passes the callback as 'process'; array_filter's parameter is 'condition' " +
  "(ProcessParameterUnsupported, ProcessParameterRequired)";

export const engineKnownFailures: Readonly<Record<string, string>> = {
  "array_apply#8": "the callback calls process 'mulitply', which does not exist (ProcessUnsupported)",
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
  "normalized_difference#3": "x is no-data while the schema allows only numbers (ProcessParameterInvalid)",
  "reduce_dimension#1":
    "the reducer reads its nodes 'red' and 'blue' with {from_argument}, which names parameters, not nodes " +
    "(ProcessParameterMissing)",
  "rename_labels#5": "omits 'target', which rename_labels requires (ProcessParameterRequired)",
  "rename_labels#7": "omits 'target', which rename_labels requires (ProcessParameterRequired)",
};
