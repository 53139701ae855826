import type { ProcessImplementation } from "../process-entry.js";

/** The cubes processes. */
export const cubesProcesses: readonly ProcessImplementation[] = [];
