import type { Callback } from "../callback.js";
import { LabeledArray } from "../labeled-array.js";
import type { Value } from "../value.js";
import { toCell } from "./callback-cell.js";
import { cellToValue } from "./cube-cell.js";
import { reducerKernel } from "./number-kernel.js";
import type { CellReducer } from "./reduce-along.js";

/**
 * A reducer callback as a {@link CellReducer}: the callback's number kernel when it has one, otherwise a call of
 * the callback per run of cells with `data` (labeled with `labelsOf(group)` when given) and `context`.
 */
export function cellReducer(
  reducer: Callback,
  context: Value,
  processId: string,
  labelsOf?: (group: number) => readonly (string | number)[],
): CellReducer {
  const kernel = reducerKernel(reducer);
  if (kernel) return kernel;
  return (cells, group) => {
    const values = Array.from(cells, cellToValue);
    const data = labelsOf ? new LabeledArray(labelsOf(group), values) : values;
    return toCell(reducer.call({ data, context }), processId);
  };
}
