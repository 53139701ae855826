import { type Callback, isCallback } from "../../callback.js";
import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";
import { type ArrayInput, arrayInput, arrayResult } from "./array-input.js";

function callbackArgument(processId: string, parameter: string, value: Value | undefined): Callback {
  if (isCallback(value)) return value;
  throw invalidArgument(processId, parameter, "a child process graph", value ?? null);
}

/** Runs a callback on every element with the parameters `array_apply` and `array_filter` define. */
function callEach(input: ArrayInput, callback: Callback, context: Value): Value[] {
  return input.values.map((x, index) =>
    callback.call({ x, index, label: input.labels?.[index] ?? null, context }),
  );
}

function arrayApply({ data, process, context }: ProcessArguments): Value {
  const input = arrayInput("array_apply", "data", data);
  const results = callEach(input, callbackArgument("array_apply", "process", process), context as Value);
  return arrayResult(results, input.labels);
}

function arrayFilter({ data, condition, context }: ProcessArguments): Value {
  const input = arrayInput("array_filter", "data", data);
  const verdicts = callEach(
    input,
    callbackArgument("array_filter", "condition", condition),
    context as Value,
  );
  const keep = (_: unknown, index: number) => verdicts[index] === true;
  return arrayResult(input.values.filter(keep), input.labels?.filter(keep));
}

/** `is_valid`: neither no-data nor a number that is `NaN` or infinite. */
function isValid(value: Value): boolean {
  return value !== null && (typeof value !== "number" || Number.isFinite(value));
}

function count({ data, condition, context }: ProcessArguments): Value {
  const values = arrayInput("count", "data", data).values;
  if (condition === null) return values.filter(isValid).length;
  if (condition === true) return values.length;
  const callback = callbackArgument("count", "condition", condition);
  return values.filter((x) => callback.call({ x, context: context as Value }) === true).length;
}

/** `count` over cube cells (no-data `NaN`): the finite ones, or all for `condition` true. */
function countCells(cells: Float64Array, { condition }: ProcessArguments): number {
  if (condition === true) return cells.length;
  if (condition !== null && condition !== undefined) {
    throw invalidArgument("count", "condition", "null, true or a child process graph", condition);
  }
  let valid = 0;
  for (let i = 0; i < cells.length; i++) if (Number.isFinite(cells[i])) valid++;
  return valid;
}

/** The array processes that run a callback on each element. */
export const arrayCallbackProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "array_apply",
    summary: "Maps every element through a callback; a labeled array keeps its labels.",
    fidelity: "exact",
    run: arrayApply,
  }),
  defineProcess({
    id: "array_filter",
    summary: "Keeps the elements, with their labels, for which a callback gives true.",
    fidelity: "exact",
    run: arrayFilter,
  }),
  defineProcess({
    id: "count",
    summary: "Counts the valid elements, all elements, or those for which a callback gives true.",
    fidelity: "exact",
    run: count,
    reduceNumbers: countCells,
  }),
];
