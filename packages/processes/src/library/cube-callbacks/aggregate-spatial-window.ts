import { callbackArgument } from "../../cube/callback-argument.js";
import { cellReducer } from "../../cube/cell-reducer.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import type { CellReducer } from "../../cube/reduce-along.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { type WindowRange, windowCentre, windowRanges } from "../../cube/window-ranges.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "aggregate_spatial_window";

function sizeArgument(size: Value | undefined): [number, number] {
  const valid =
    Array.isArray(size) && size.length === 2 && size.every((n) => Number.isInteger(n) && (n as number) >= 1);
  if (valid) return size as [number, number];
  throw new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: size must be two whole numbers of at least 1 (x, then y).`,
  );
}

/** The offsets of a window's cells relative to its plane; -1 marks padding outside the cube. */
function windowOffsets(
  rows: WindowRange,
  columns: WindowRange,
  grid: { rows: number; columns: number },
  strides: { row: number; column: number },
): number[] {
  const offsets: number[] = [];
  for (let r = rows.start; r < rows.start + rows.size; r++) {
    for (let c = columns.start; c < columns.start + columns.size; c++) {
      const inside = r >= 0 && r < grid.rows && c >= 0 && c < grid.columns;
      offsets.push(inside ? r * strides.row + c * strides.column : -1);
    }
  }
  return offsets;
}

/** Writes every cell of `result`: the reduced window of `cube` that the cell's x/y positions name. */
function fillWindows(
  cube: DataCube,
  result: DataCube,
  windows: { x: number; y: number; rows: WindowRange[]; columns: WindowRange[] },
  reduce: CellReducer,
): void {
  const { x, y, rows, columns } = windows;
  const grid = { rows: spanOf(cube, y).length, columns: spanOf(cube, x).length };
  const strides = { row: spanOf(cube, y).inner, column: spanOf(cube, x).inner };
  const outputSpans = result.dimensions.map((_, at) => spanOf(result, at));
  const inputStrides = cube.dimensions.map((_, at) => spanOf(cube, at).inner);
  for (let c = 0; c < result.values.length; c++) {
    const coordinates = outputSpans.map((span) => Math.floor(c / span.inner) % span.length);
    const base = coordinates.reduce(
      (sum, k, at) => (at === x || at === y ? sum : sum + k * (inputStrides[at] as number)),
      0,
    );
    const row = rows[coordinates[y] as number] as WindowRange;
    const column = columns[coordinates[x] as number] as WindowRange;
    const offsets = windowOffsets(row, column, grid, strides);
    const cells = Float64Array.from(offsets, (offset) =>
      offset < 0 ? Number.NaN : (cube.values[base + offset] as number),
    );
    result.values[c] = reduce(cells, 0);
  }
}

/** `aggregate_spatial_window`: one value per window of x × y pixels, labeled with the window's centre. */
export const aggregateSpatialWindow = defineProcess({
  id: ID,
  summary:
    "Reduces non-overlapping windows of x × y pixels to one value each, padding or trimming the edges.",
  fidelity: "exact",
  run: ({ data, reducer, size, boundary, align, context }) => {
    const cube = cubeArgument(data, "data");
    const { x, y } = spatialAxes(cube);
    const [xSize, ySize] = sizeArgument(size);
    const mode = boundary === "trim" ? "trim" : "pad";
    const corner = typeof align === "string" ? align : "upper-left";
    const [xDim, yDim] = [cube.dimensions[x] as Dimension, cube.dimensions[y] as Dimension];
    const columns = windowRanges(xDim.labels.length, xSize, mode, corner.endsWith("left"));
    const rows = windowRanges(yDim.labels.length, ySize, mode, corner.startsWith("upper"));
    const { reduce } = cellReducer(callbackArgument(reducer, ID, "reducer"), context ?? null, ID, cube);
    const dimensions = cube.dimensions.map((d, at) => {
      if (at === x) return { ...d, labels: columns.map((w) => windowCentre(d.labels, w)) };
      return at === y ? { ...d, labels: rows.map((w) => windowCentre(d.labels, w)) } : d;
    });
    const result = new DataCube(
      dimensions,
      new Float64Array(dimensions.reduce((n, d) => n * d.labels.length, 1)),
    );
    fillWindows(cube, result, { x, y, rows, columns }, reduce);
    return result;
  },
});
