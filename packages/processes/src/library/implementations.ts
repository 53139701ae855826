import type { ProcessImplementation } from "../process-entry.js";
import { arraysProcesses } from "./arrays.js";
import { comparisonProcesses } from "./comparison.js";
import { cubesProcesses } from "./cubes.js";
import { datesProcesses } from "./dates.js";
import { logicProcesses } from "./logic.js";
import { mathProcesses } from "./math.js";
import { reducersProcesses } from "./reducers.js";
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
  ...cubesProcesses,
];
