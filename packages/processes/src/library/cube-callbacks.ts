import type { ProcessImplementation } from "../process-entry.js";

/** The datacube processes that run a callback over a cube: reduce, apply, aggregate. */
export const cubeCallbacksProcesses: readonly ProcessImplementation[] = [];
