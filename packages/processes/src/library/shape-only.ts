import type { ProcessImplementation } from "../process-entry.js";
import { curveProcesses } from "./shape-only/curves.js";
import { opticalProcesses } from "./shape-only/optical.js";
import { passThroughProcesses } from "./shape-only/pass-through.js";
import { radarProcesses } from "./shape-only/radar.js";

/** The processes that cannot be computed offline (UDFs, SAR, ML, ...): right shape, and a warning. */
export const shapeOnlyProcesses: readonly ProcessImplementation[] = [
  ...passThroughProcesses,
  ...radarProcesses,
  ...opticalProcesses,
  ...curveProcesses,
];
