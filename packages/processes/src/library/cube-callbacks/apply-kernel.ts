import { type BorderMode, borderIndex } from "../../cube/border-index.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { cubeCellLimit } from "../../cube/cube-index.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube } from "../../cube/data-cube.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "apply_kernel";

/** The kernel as rows of weights; `KernelDimensionsUneven` when either side has an even length. */
function kernelOf(value: Value | undefined): number[][] {
  const rows = Array.isArray(value) ? value : [];
  const valid =
    rows.length > 0 && rows.every((row) => Array.isArray(row) && row.length === (rows[0] as Value[]).length);
  if (!valid || !rows.every((row) => (row as Value[]).every((w) => typeof w === "number"))) {
    throw new ProcessFailedError(
      { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
      `${ID}: the kernel must be a non-empty two-dimensional array of numbers with rows of equal length.`,
    );
  }
  const kernel = rows as number[][];
  if (kernel.length % 2 === 0 || (kernel[0] as number[]).length % 2 === 0) {
    throw new ProcessFailedError(
      { openeoCode: "KernelDimensionsUneven", status: 400, pointer: "" },
      `${ID}: the kernel is ${kernel.length}×${(kernel[0] as number[]).length}; both sides must have an odd length.`,
    );
  }
  return kernel;
}

/**
 * Weighted terms one `apply_kernel` may sum, per cell the cube-cell limit allows: a 7 × 7 kernel over the largest
 * cube fits (a few seconds), a 201 × 201 kernel over a whole synthetic collection does not (it would run for hours
 * and hold the mock's only thread).
 */
const TERMS_PER_LIMIT_CELL = 64;

/** Refuses a convolution of more weighted terms than the budget the cube-cell limit sets, as `CubeTooLarge`. */
function assertKernelWork(cells: number, kernel: number[][], context: ProcessContext): void {
  const size = `${kernel.length}×${(kernel[0] as number[]).length}`;
  const terms = cells * kernel.length * (kernel[0] as number[]).length;
  const limit = TERMS_PER_LIMIT_CELL * cubeCellLimit(context);
  if (terms <= limit) return;
  throw cubeFailure(
    "CubeTooLarge",
    `${ID}: a ${size} kernel over ${cells} cells sums ${terms} weighted terms, more than the limit of ${limit} (${TERMS_PER_LIMIT_CELL} a cell of the cube-cell limit); use a smaller kernel or extent.`,
  );
}

/** One output cell: the weighted sum around (`row`, `column`) of the plane starting at `base`. */
function weigh(
  cells: Float64Array,
  base: number,
  at: { row: number; column: number },
  grid: { rows: number; columns: number; rowStride: number; columnStride: number },
  kernel: number[][],
  border: BorderMode,
): number {
  const rowHalf = kernel.length >> 1;
  const columnHalf = (kernel[0] as number[]).length >> 1;
  let sum = 0;
  for (let kr = 0; kr < kernel.length; kr++) {
    const r = borderIndex(at.row + kr - rowHalf, grid.rows, border);
    const weights = kernel[kr] as number[];
    for (let kc = 0; kc < weights.length; kc++) {
      const c = r < 0 ? -1 : borderIndex(at.column + kc - columnHalf, grid.columns, border);
      const value =
        c < 0 ? (border as number) : (cells[base + r * grid.rowStride + c * grid.columnStride] as number);
      sum += (weights[kc] as number) * value;
    }
  }
  return sum;
}

/** `apply_kernel`: a weighted sum over the x/y neighbourhood of every cell, times a factor. */
export const applyKernel = defineProcess({
  id: ID,
  summary: "Convolves the x/y plane of a cube with a kernel of weights, with a choice of border handling.",
  fidelity: "exact",
  run: ({ data, kernel, factor, border, replace_invalid }, context) => {
    const cube = cubeArgument(data, "data");
    const weights = kernelOf(kernel);
    assertKernelWork(cube.cellCount, weights, context);
    const { x, y } = spatialAxes(cube);
    const replacement = typeof replace_invalid === "number" ? replace_invalid : 0;
    const cells = cube.values.map((value) => (Number.isFinite(value) ? value : replacement));
    const grid = {
      rows: spanOf(cube, y).length,
      columns: spanOf(cube, x).length,
      rowStride: spanOf(cube, y).inner,
      columnStride: spanOf(cube, x).inner,
    };
    const scale = typeof factor === "number" ? factor : 1;
    const values = new Float64Array(cells.length);
    for (let cell = 0; cell < cells.length; cell++) {
      const row = Math.floor(cell / grid.rowStride) % grid.rows;
      const column = Math.floor(cell / grid.columnStride) % grid.columns;
      const base = cell - row * grid.rowStride - column * grid.columnStride;
      values[cell] = scale * weigh(cells, base, { row, column }, grid, weights, (border ?? 0) as BorderMode);
    }
    return new DataCube(cube.dimensions, values);
  },
});
