import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";
import { parseTemporal } from "../dates/rfc3339.js";
import { arrayInput } from "./array-input.js";

/**
 * The number an element sorts by: itself, or the instant of a date or date-time (temporal strings sort by time,
 * not by text); `undefined` for no-data and `NaN`, which `nodata` places.
 */
function sortKey(processId: string, value: Value, hasNumbers: boolean): number | undefined {
  if (value === null || (typeof value === "number" && Number.isNaN(value))) return undefined;
  if (typeof value === "number" && hasNumbers) return value;
  const parsed = typeof value === "string" && !hasNumbers ? parseTemporal(value) : undefined;
  if (parsed && parsed.kind !== "time") return parsed.ms;
  const expected = "an array of numbers, or of dates and date-times, and no-data (null) only";
  throw invalidArgument(processId, "data", expected, value);
}

/** Compares without subtracting, so that equal infinities tie. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The permutation that sorts `data` as `order` defines it: ascending or not, no-data removed, first or last. */
function permutation(processId: string, { data, asc, nodata }: ProcessArguments): number[] {
  const values = arrayInput(processId, "data", data).values;
  const hasNumbers = values.some((value) => typeof value === "number");
  const keys = values.map((value) => sortKey(processId, value, hasNumbers));
  const present = keys.flatMap((key, index) => (key === undefined ? [] : [index]));
  const direction = asc === false ? -1 : 1;
  present.sort((a, b) => direction * compareNumbers(keys[a] as number, keys[b] as number));
  if (nodata !== true && nodata !== false) return present;
  const missing = keys.flatMap((key, index) => (key === undefined ? [index] : []));
  return nodata ? [...present, ...missing] : [...missing, ...present];
}

function rearrange({ data, order }: ProcessArguments): Value {
  const values = arrayInput("rearrange", "data", data).values;
  const positions = arrayInput("rearrange", "order", order).values;
  return positions.map((position) => {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= values.length
    ) {
      throw invalidArgument(
        "rearrange",
        "order",
        `an array of positions from 0 to ${values.length - 1}`,
        position,
      );
    }
    return values[position] as Value;
  });
}

/** The processes that sort arrays or put them in a given order. */
export const arrayOrderingProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "order",
    summary: "Gives the positions that would sort an array of numbers or dates, placing or dropping no-data.",
    fidelity: "exact",
    run: (args) => permutation("order", args),
  }),
  defineProcess({
    id: "rearrange",
    summary: "Builds an array from the elements at the given positions, in that order.",
    fidelity: "exact",
    run: rearrange,
  }),
  defineProcess({
    id: "sort",
    summary: "Sorts an array of numbers or dates, placing or dropping no-data.",
    fidelity: "exact",
    run: (args) => {
      const values = arrayInput("sort", "data", args.data).values;
      return permutation("sort", args).map((index) => values[index] as Value);
    },
  }),
];
