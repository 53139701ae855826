import { defineProcess, type ProcessImplementation } from "../process-entry.js";
import type { Value } from "../value.js";
import { inspect } from "./logic/inspect.js";
import {
  allTrue,
  anyTrue,
  numberOfTruth,
  type Truth,
  truthArgument,
  truthItems,
  truthOfNumber,
} from "./logic/three-valued.js";

type Reduce = (values: readonly Truth[], ignoreNodata: boolean) => Truth;

function ignoreNodataOf(processId: string, value: Value | undefined): boolean {
  return truthArgument(processId, "ignore_nodata", value) ?? true;
}

/** A two-operand logic process: its answer is the reduction of `[x, y]` with no-data taken into account. */
function binaryLogic(id: string, summary: string, reduce: Reduce): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: ({ x, y }) => reduce([truthArgument(id, "x", x), truthArgument(id, "y", y)], false),
  });
}

/** `all` or `any`: over booleans, and over cube cells through `reduceNumbers`. */
function reducerLogic(id: string, summary: string, reduce: Reduce): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: ({ data, ignore_nodata }) => reduce(truthItems(id, data), ignoreNodataOf(id, ignore_nodata)),
    reduceNumbers: (values, { ignore_nodata }) =>
      numberOfTruth(reduce(Array.from(values, truthOfNumber), ignoreNodataOf(id, ignore_nodata))),
  });
}

/** The logic processes (three-valued: no-data where the outcome is ambiguous), `if` and `inspect`. */
export const logicProcesses: readonly ProcessImplementation[] = [
  binaryLogic("and", "Whether both x and y are true; no-data only where that leaves it open.", allTrue),
  binaryLogic("or", "Whether x or y is true; no-data only where that leaves it open.", anyTrue),
  defineProcess({
    id: "xor",
    summary: "Whether exactly one of x and y is true; no-data in either gives no-data.",
    fidelity: "exact",
    run: ({ x, y }) => {
      const [a, b] = [truthArgument("xor", "x", x), truthArgument("xor", "y", y)];
      return a === null || b === null ? null : a !== b;
    },
  }),
  defineProcess({
    id: "not",
    summary: "The negation of x; no-data stays no-data.",
    fidelity: "exact",
    run: ({ x }) => {
      const value = truthArgument("not", "x", x);
      return value === null ? null : !value;
    },
  }),
  defineProcess({
    id: "if",
    summary: "accept when value is true, reject otherwise (also for no-data).",
    fidelity: "exact",
    run: ({ value, accept, reject }) =>
      truthArgument("if", "value", value) === true ? (accept ?? null) : (reject ?? null),
  }),
  reducerLogic("all", "Whether every value is true; an empty array is true.", allTrue),
  reducerLogic("any", "Whether at least one value is true; an empty array is false.", anyTrue),
  inspect,
];
