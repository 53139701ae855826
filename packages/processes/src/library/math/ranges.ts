import type { ProcessArguments, ProcessImplementation } from "../../process-entry.js";
import { requiredNumber, unaryNumberProcess } from "../common/number-process.js";
import { processException } from "../common/process-errors.js";

function clip(x: number, args: ProcessArguments): number {
  const min = requiredNumber("clip", "min", args.min);
  const max = requiredNumber("clip", "max", args.max);
  if (max < min) {
    throw processException("clip", "MinMaxSwapped", `min (${min}) is above max (${max}); swap them.`);
  }
  return Math.min(Math.max(x, min), max);
}

/** Clips x into the input range (whichever way round it is given), then maps it linearly onto the output range. */
function linearScaleRange(x: number, args: ProcessArguments): number {
  const read = (name: string) => requiredNumber("linear_scale_range", name, args[name]);
  const inputMin = read("inputMin");
  const inputMax = read("inputMax");
  const outputMin = read("outputMin");
  const clipped = Math.min(Math.max(x, Math.min(inputMin, inputMax)), Math.max(inputMin, inputMax));
  return ((clipped - inputMin) / (inputMax - inputMin)) * (read("outputMax") - outputMin) + outputMin;
}

/** The processes that keep a number within a range or move it from one range to another. */
export const rangeProcesses: readonly ProcessImplementation[] = [
  unaryNumberProcess("clip", "Limits x to the interval [min, max].", clip),
  unaryNumberProcess(
    "linear_scale_range",
    "Maps x from the input range onto the output range, clipped.",
    linearScaleRange,
  ),
];
