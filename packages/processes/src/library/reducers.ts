import type { ProcessImplementation } from "../process-entry.js";

/** The reducers processes. */
export const reducersProcesses: readonly ProcessImplementation[] = [];
