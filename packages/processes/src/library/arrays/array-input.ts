import { LabeledArray } from "../../labeled-array.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";

/** An array argument taken apart: its values, and its labels when it is a labeled array. */
export interface ArrayInput {
  readonly values: readonly Value[];
  readonly labels?: readonly (string | number)[];
}

/** Reads an array argument, plain or labeled; anything else is an invalid argument. */
export function arrayInput(processId: string, parameter: string, value: Value | undefined): ArrayInput {
  if (value instanceof LabeledArray) return { values: value.values, labels: value.labels };
  if (Array.isArray(value)) return { values: value };
  throw invalidArgument(processId, parameter, "an array", value ?? null);
}

/** The result array: labeled with `labels` when given, plain otherwise. */
export function arrayResult(values: Value[], labels: readonly (string | number)[] | undefined): Value {
  return labels ? new LabeledArray(labels, values) : values;
}

/** The elements of a `data` array of numbers and no-data; the first other element is refused. */
export function numbersOrNodata(processId: string, values: readonly Value[]): readonly (number | null)[] {
  const index = values.findIndex((value) => value !== null && typeof value !== "number");
  if (index < 0) return values as readonly (number | null)[];
  throw invalidArgument(processId, `data[${index}]`, "a number or no-data (null)", values[index] as Value);
}

/** Whether a process's `ignore_nodata` flag is on (its default); only an explicit `false` turns it off. */
export function ignoresNodata(args: Readonly<Record<string, Value>>): boolean {
  return args.ignore_nodata !== false;
}
