import type { ProcessImplementation } from "../process-entry.js";

/** The logic processes. */
export const logicProcesses: readonly ProcessImplementation[] = [];
