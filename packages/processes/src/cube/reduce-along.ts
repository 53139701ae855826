import { spanOf } from "./cube-span.js";
import type { DataCube } from "./data-cube.js";

/** Reduces a run of cells to one; it gets a scratch array that it must not keep. */
export type CellReducer = (cells: Float64Array, group: number) => number;

/**
 * Reduces the dimension at `index` group by group: each group lists positions along that dimension. Returns the
 * cells of a cube whose dimension at `index` has one label per group (row-major, as {@link DataCube} stores them).
 */
export function reduceAlong(
  cube: DataCube,
  index: number,
  groups: readonly (readonly number[])[],
  reduce: CellReducer,
): Float64Array {
  const { outer, length, inner } = spanOf(cube, index);
  const source = cube.values;
  const result = new Float64Array(outer * groups.length * inner);
  const scratch = groups.map((group) => new Float64Array(group.length));
  for (let o = 0; o < outer; o++) {
    const base = o * length * inner;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as readonly number[];
      const cells = scratch[g] as Float64Array;
      const target = (o * groups.length + g) * inner;
      for (let i = 0; i < inner; i++) {
        for (let k = 0; k < group.length; k++)
          cells[k] = source[base + (group[k] as number) * inner + i] as number;
        result[target + i] = reduce(cells, g);
      }
    }
  }
  return result;
}

/** Every position along a dimension of this length, as one group. */
export function wholeDimension(length: number): number[][] {
  return [Array.from({ length }, (_, k) => k)];
}
