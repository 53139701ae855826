import type { Value } from "../value.js";
import { toCell } from "./callback-cell.js";
import type { CellType } from "./data-cube.js";

/**
 * Turns the values a callback returns into cube cells ({@link toCell}) and keeps what they were: the cube they make
 * is boolean when at least one was a boolean and none a number (no-data aside), as a cube of `eq` results is.
 */
export class CallbackCells {
  #booleans = false;
  #numbers = false;

  constructor(private readonly processId: string) {}

  /** One result as a cell. */
  cell(value: Value): number {
    if (typeof value === "boolean") this.#booleans = true;
    else if (value !== null) this.#numbers = true;
    return toCell(value, this.processId);
  }

  /** A cell copied unchanged from a cube of `cellType`, counted among the results. */
  copied(cell: number, cellType: CellType): number {
    if (Number.isNaN(cell)) return cell;
    if (cellType === "boolean") this.#booleans = true;
    else this.#numbers = true;
    return cell;
  }

  /** The cell type of the cube the results make. */
  get cellType(): CellType {
    return this.#booleans && !this.#numbers ? "boolean" : "number";
  }
}
