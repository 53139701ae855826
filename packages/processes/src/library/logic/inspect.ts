import { isDataCube } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { choiceArgument, textArgument } from "../common/argument-readers.js";
import { describeValue } from "../common/process-errors.js";

/** The levels whose messages reach the job log; `info` and `debug` have no channel in a process context. */
const LOGGED_LEVELS = new Set(["warning", "error"]);

/** A short account of the data: cubes and arrays by their size, other values as error messages word them. */
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
    const text = [textArgument("inspect", "message", message), `(${summary(data ?? null)})`];
    const label = textArgument("inspect", "code", code);
    const severity = choiceArgument("inspect", "level", level, [
      "error",
      "warning",
      "info",
      "debug",
    ]) as string;
    if (LOGGED_LEVELS.has(severity)) context.warn(`inspect [${label}] ${severity}: ${text.join(" ").trim()}`);
    return data ?? null;
  },
});
