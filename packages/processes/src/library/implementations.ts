import type { ProcessImplementation } from "../process-entry.js";
import { arraysProcesses } from "./arrays.js";
import { comparisonProcesses } from "./comparison.js";
import { cubeCallbacksProcesses } from "./cube-callbacks.js";
import { cubeStructureProcesses } from "./cube-structure.js";
import { datesProcesses } from "./dates.js";
import { logicProcesses } from "./logic.js";
import { mathProcesses } from "./math.js";
import { reducersProcesses } from "./reducers.js";
import { shapeOnlyProcesses } from "./shape-only.js";
import { textProcesses } from "./text.js";

/** Every process implementation, family by family. */
export const implementations: readonly ProcessImplementation[] = [
  ...mathProcesses,
  ...comparisonProcesses,
  ...logicProcesses,
  ...arraysProcesses,
  ...reducersProcesses,
  ...textProcesses,
  ...datesProcesses,
  ...cubeStructureProcesses,
  ...cubeCallbacksProcesses,
  ...shapeOnlyProcesses,
];
