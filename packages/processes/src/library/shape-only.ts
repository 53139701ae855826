import type { ProcessImplementation } from "../process-entry.js";

/** The processes that cannot be computed offline (UDFs, SAR, ML, ...): right shape, and a warning. */
export const shapeOnlyProcesses: readonly ProcessImplementation[] = [];
