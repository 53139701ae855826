import type { ProcessImplementation } from "../process-entry.js";

/** The arrays processes. */
export const arraysProcesses: readonly ProcessImplementation[] = [];
