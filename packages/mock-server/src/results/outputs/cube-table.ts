import type { DataCube, Dimension } from "@jobkit/processes";

type Label = string | number;

/** A cube read as a table: one row per combination of the row dimensions' labels, one column per combination of the others'. */
export interface CubeTable {
  /** The dimensions whose labels make the rows, slowest first. */
  readonly rowDimensions: readonly Dimension[];
  /** The dimensions whose labels make the columns, slowest first (none: one column). */
  readonly columnDimensions: readonly Dimension[];
  /** The labels of the column dimensions, one list per column. */
  readonly columns: readonly (readonly Label[])[];
  /** The rows in order: the labels of the row dimensions, their label indices, and one value per column (`NaN` = no data). */
  rows(): Generator<{ labels: Label[]; at: number[]; values: number[] }>;
}

/** Each label combination of `dimensions` (first slowest), with its labels, label indices and cell offset. */
function* combinations(
  dimensions: readonly Dimension[],
  strides: readonly number[],
): Generator<{ labels: Label[]; at: number[]; offset: number }> {
  const sizes = dimensions.map((dimension) => dimension.labels.length);
  if (sizes.includes(0)) return;
  const at = sizes.map(() => 0);
  do {
    yield {
      labels: at.map((i, d) => (dimensions[d] as Dimension).labels[i] as Label),
      at: [...at],
      offset: at.reduce((sum, i, d) => sum + i * (strides[d] as number), 0),
    };
  } while (advance(at, sizes));
}

/** Moves `at` to the next label combination (last dimension fastest); `false` after the last one. */
function advance(at: number[], sizes: readonly number[]): boolean {
  for (let d = at.length - 1; d >= 0; d--) {
    at[d] = (at[d] as number) + 1;
    if ((at[d] as number) < (sizes[d] as number)) return true;
    at[d] = 0;
  }
  return false;
}

/** The stride of each dimension in the cube's row-major values (last dimension fastest). */
export function stridesOf(cube: DataCube): number[] {
  const strides = cube.dimensions.map(() => 1);
  for (let d = cube.dimensions.length - 2; d >= 0; d--) {
    strides[d] = (strides[d + 1] as number) * (cube.dimensions[d + 1] as Dimension).labels.length;
  }
  return strides;
}

/** Reads `cube` as a table whose rows run over the dimensions at `rowAxes` (in that order) and columns over the rest. */
export function cubeTable(cube: DataCube, rowAxes: readonly number[]): CubeTable {
  const strides = stridesOf(cube);
  const columnAxes = cube.dimensions.map((_, axis) => axis).filter((axis) => !rowAxes.includes(axis));
  const pick = (axes: readonly number[]) => axes.map((axis) => cube.dimensions[axis] as Dimension);
  const columnCells = [
    ...combinations(
      pick(columnAxes),
      columnAxes.map((axis) => strides[axis] as number),
    ),
  ];
  return {
    rowDimensions: pick(rowAxes),
    columnDimensions: pick(columnAxes),
    columns: columnCells.map((cell) => cell.labels),
    *rows() {
      for (const row of combinations(
        pick(rowAxes),
        rowAxes.map((axis) => strides[axis] as number),
      )) {
        const values = columnCells.map((cell) => cube.values[row.offset + cell.offset] as number);
        yield { labels: row.labels, at: row.at, values };
      }
    },
  };
}
