import type { Value } from "../../value.js";
import { arrayInput, ignoresNodata, numbersOrNodata } from "../arrays/array-input.js";
import type { NumberKernel } from "./number-kernels.js";

let scratch = new Float64Array(64);

/** The shared buffer the reducers gather numbers into, at least `size` long; reused so kernels allocate nothing. */
export function scratchBuffer(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** Gathering found no-data while `ignore_nodata` is `false`: the result is no-data. */
export const NODATA_FOUND = -1;

/** Gathering found `NaN` (a number, not no-data, in an array): the result is `NaN`. */
export const NAN_FOUND = -2;

/**
 * Copies the numbers of a process's `data` argument into the scratch buffer, skipping no-data (`null`, not `NaN`);
 * gives how many, or {@link NODATA_FOUND}, or {@link NAN_FOUND}, so that kernels never see `NaN`.
 */
export function gatherValues(processId: string, args: Readonly<Record<string, Value>>): number {
  const values = numbersOrNodata(processId, arrayInput(processId, "data", args.data).values);
  const ignore = ignoresNodata(args);
  const buffer = scratchBuffer(values.length);
  let [count, nan] = [0, false];
  for (const value of values) {
    if (value !== null) {
      buffer[count++] = value;
      nan ||= Number.isNaN(value);
    } else if (!ignore) return NODATA_FOUND;
  }
  return nan ? NAN_FOUND : count;
}

/** Copies the numbers of a cube's cells into the scratch buffer, skipping no-data (`NaN`); as {@link gatherValues}. */
export function gatherNumbers(values: Float64Array, ignore: boolean): number {
  const buffer = scratchBuffer(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) buffer[count++] = value;
    else if (!ignore) return NODATA_FOUND;
  }
  return count;
}

/** A kernel over the numbers of cube cells: `NaN` when there are none, or when there is no-data and `ignore` is off. */
export function reduceCellsWith(kernel: NumberKernel, cells: Float64Array, ignore: boolean): number {
  const count = gatherNumbers(cells, ignore);
  return count > 0 ? kernel(scratchBuffer(count), count) : Number.NaN;
}
