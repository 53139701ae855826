import type { ProcessImplementation } from "../process-entry.js";

/** The comparison processes. */
export const comparisonProcesses: readonly ProcessImplementation[] = [];
