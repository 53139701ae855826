import type { ProcessImplementation } from "../process-entry.js";

/** The dates processes. */
export const datesProcesses: readonly ProcessImplementation[] = [];
