import type { ProcessImplementation } from "../process-entry.js";
import { equalityProcesses } from "./comparison/equality.js";
import { orderingProcesses } from "./comparison/ordering.js";
import { valueCheckProcesses } from "./comparison/value-checks.js";

/** The comparison processes. */
export const comparisonProcesses: readonly ProcessImplementation[] = [
  ...equalityProcesses,
  ...orderingProcesses,
  ...valueCheckProcesses,
];
