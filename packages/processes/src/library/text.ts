import type { ProcessImplementation } from "../process-entry.js";

/** The text processes. */
export const textProcesses: readonly ProcessImplementation[] = [];
