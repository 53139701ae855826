import type { Value } from "../value.js";

/** A cell as a process value: no-data (`NaN`) becomes `null`. */
export function cellToValue(cell: number): number | null {
  return Number.isNaN(cell) ? null : cell;
}

/** A process value as a cell: numbers stay, booleans become 1/0, anything else is no-data (`NaN`). */
export function valueToCell(value: Value | undefined): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return Number.NaN;
}
