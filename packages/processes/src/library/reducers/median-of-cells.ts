import { insertSorted, medianKernel, middleOfSorted, SORTED_SIZE } from "./number-kernels.js";
import { reduceCellsWith, scratchBuffer } from "./number-scratch.js";

/**
 * `median` over cube cells (no-data `NaN`): a short series (a year of dates) is sorted as it is gathered, in one
 * pass; a longer one is gathered, then selected in place.
 */
export function medianOfCells(cells: Float64Array, ignore: boolean): number {
  if (cells.length > SORTED_SIZE) return reduceCellsWith(medianKernel, cells, ignore);
  const sorted = scratchBuffer(cells.length);
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i] as number;
    if (!Number.isNaN(value)) insertSorted(sorted, 0, count++, value);
    else if (!ignore) return Number.NaN;
  }
  return count > 0 ? middleOfSorted(sorted, count) : Number.NaN;
}
