import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import { ignoresNodata } from "../arrays/array-input.js";
import type { NumberKernel } from "./number-kernels.js";
import { gatherValues, NAN_FOUND, reduceCellsWith, scratchBuffer } from "./number-scratch.js";

/** What a reducer that gives one number needs: its id, a summary, its kernel, maybe a faster way over cells. */
export interface ReducerSpec {
  readonly id: string;
  readonly summary: string;
  readonly kernel: NumberKernel;
  /** Over cube cells (no-data `NaN`), when it can beat gathering the cells and running the kernel. */
  readonly reduceCells?: (cells: Float64Array, ignore: boolean) => number;
}

/**
 * A reducer of numbers with `ignore_nodata`: no-data is skipped (or makes the result no-data), and no numbers at all
 * give no-data; `NaN` makes the result `NaN`. `reduceNumbers` does the same over cube cells, where no-data is `NaN`.
 */
export function defineReducer({ id, summary, kernel, reduceCells }: ReducerSpec): ProcessImplementation {
  const cells =
    reduceCells ?? ((values: Float64Array, ignore: boolean) => reduceCellsWith(kernel, values, ignore));
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const count = gatherValues(id, args);
      if (count === NAN_FOUND) return Number.NaN;
      return count > 0 ? kernel(scratchBuffer(count), count) : null;
    },
    reduceNumbers: (values, args) => cells(values, ignoresNodata(args)),
  });
}
