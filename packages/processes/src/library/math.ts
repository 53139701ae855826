import type { ProcessImplementation } from "../process-entry.js";
import { arithmeticProcesses } from "./math/arithmetic.js";
import { constantProcesses } from "./math/constants.js";
import { elementaryProcesses } from "./math/elementary.js";
import { rangeProcesses } from "./math/ranges.js";
import { roundingProcesses } from "./math/rounding.js";
import { trigonometryProcesses } from "./math/trigonometry.js";

/** The math processes. */
export const mathProcesses: readonly ProcessImplementation[] = [
  ...arithmeticProcesses,
  ...elementaryProcesses,
  ...trigonometryProcesses,
  ...roundingProcesses,
  ...rangeProcesses,
  ...constantProcesses,
];
