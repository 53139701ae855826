import type { Value } from "../value.js";
import type { CellType } from "./data-cube.js";

/**
 * A cell as a process value: no-data (`NaN`) becomes `null`; a cell of a boolean cube becomes `true` or `false`
 * again (non-zero is true).
 */
export function cellToValue(cell: number, cellType: CellType = "number"): number | boolean | null {
  if (Number.isNaN(cell)) return null;
  return cellType === "boolean" ? cell !== 0 : cell;
}

/**
 * The cell type of a cube of `cellType` whose cells may get `replacement`: booleans stay booleans when the
 * replacement is a boolean or no-data.
 */
export function cellTypeReplacedBy(cellType: CellType, replacement: Value | undefined): CellType {
  return typeof replacement === "number" && !Number.isNaN(replacement) ? "number" : cellType;
}

/** A process value as a cell: numbers stay, booleans become 1/0, anything else is no-data (`NaN`). */
export function valueToCell(value: Value | undefined): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return Number.NaN;
}
