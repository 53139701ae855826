import type { Callback } from "../callback.js";
import { LabeledArray } from "../labeled-array.js";
import type { Value } from "../value.js";
import { CallbackCells } from "./callback-cells.js";
import { cellToValue } from "./cube-cell.js";
import type { CellType } from "./data-cube.js";
import { reducerKernel, returnsOnlyBooleans } from "./number-kernel.js";
import type { CellReducer } from "./reduce-along.js";

/** A reducer of a cube's cells and the cell type of what it returns, once it has run. */
export interface TypedCellReducer {
  readonly reduce: CellReducer;
  /** The cell type of the results so far: `boolean` when the reducer returned booleans (`any`, `all`, ...). */
  readonly cellType: () => CellType;
}

/** Where a reducer's cells come from: the cube's cell type and, optionally, the labels of each group. */
export interface ReducedCells {
  readonly cellType: CellType;
  readonly labelsOf?: (group: number) => readonly (string | number)[];
}

/**
 * A reducer callback as a {@link CellReducer}: the callback's number kernel when it has one, otherwise a call of
 * the callback per run of cells with `data` (typed as the cube's cells, labeled with `labelsOf(group)` when given)
 * and `context`.
 */
export function cellReducer(
  reducer: Callback,
  context: Value,
  processId: string,
  from: ReducedCells = { cellType: "number" },
): TypedCellReducer {
  const kernel = reducerKernel(reducer);
  if (kernel) {
    const cellType: CellType = returnsOnlyBooleans(reducer, "data") ? "boolean" : "number";
    return { reduce: kernel, cellType: () => cellType };
  }
  const results = new CallbackCells(processId);
  const reduce: CellReducer = (cells, group) => {
    const values = Array.from(cells, (cell) => cellToValue(cell, from.cellType));
    const data = from.labelsOf ? new LabeledArray(from.labelsOf(group), values) : values;
    return results.cell(reducer.call({ data, context }));
  };
  return { reduce, cellType: () => results.cellType };
}
