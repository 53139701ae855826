import type { ProcessImplementation } from "../process-entry.js";
import { arrayBuildingProcesses } from "./arrays/array-building.js";
import { arrayCallbackProcesses } from "./arrays/array-callbacks.js";
import { arrayInterpolateLinearProcess } from "./arrays/array-interpolate-linear.js";
import { arrayOrderingProcesses } from "./arrays/array-ordering.js";
import { elementAccessProcesses } from "./arrays/element-access.js";

/** The arrays processes. */
export const arraysProcesses: readonly ProcessImplementation[] = [
  ...elementAccessProcesses,
  ...arrayBuildingProcesses,
  ...arrayCallbackProcesses,
  ...arrayOrderingProcesses,
  arrayInterpolateLinearProcess,
];
