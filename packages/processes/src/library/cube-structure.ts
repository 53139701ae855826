import type { ProcessImplementation } from "../process-entry.js";

/** The datacube processes that reshape, filter, combine, load and save cubes. */
export const cubeStructureProcesses: readonly ProcessImplementation[] = [];
