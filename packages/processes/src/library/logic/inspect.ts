import { isDataCube } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { describeValue, invalidArgument } from "../scalar/process-errors.js";

/** The levels whose messages reach the job log; `info` and `debug` have no channel in a process context. */
const LOGGED_LEVELS = new Set(["warning", "error"]);

/** A short account of the data: numbers, booleans and short strings as they are, larger values by their shape. */
function summary(data: Value): string {
  if (isDataCube(data)) {
    const shape = data.dimensions.map((dimension) => `${dimension.name} (${dimension.labels.length})`);
    return `a data cube with dimensions ${shape.join(", ") || "none"}`;
  }
  if (Array.isArray(data)) return `an array of ${data.length} items`;
  return describeValue(data);
}

/**
 * `inspect`: returns `data` unchanged. Its `warning` and `error` messages go to the job log through
 * `context.warn` (the one channel a process has); `info` and `debug` messages are dropped.
 */
export const inspect = defineProcess({
  id: "inspect",
  summary: "Passes data through unchanged, logging a message about it at warning or error level.",
  fidelity: "exact",
  run: ({ data, message, code, level }, context) => {
    for (const [name, value] of Object.entries({ message, code, level })) {
      if (typeof value !== "string") throw invalidArgument("inspect", name, "a string", value ?? null);
    }
    if (LOGGED_LEVELS.has(level as string)) {
      context.warn(`inspect [${code}] ${level}: ${message} (${summary(data ?? null)})`);
    }
    return data ?? null;
  },
});
