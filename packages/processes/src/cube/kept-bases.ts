import { spanOf } from "./cube-span.js";
import type { DataCube } from "./data-cube.js";

/**
 * The offset of the first cell of every combination of positions along the dimensions not in `removed`, in
 * row-major order of those dimensions: the cells of one output position are `base + offset` for the offsets
 * over the removed dimensions.
 */
export function keptBases(cube: DataCube, removed: readonly number[]): number[] {
  let bases = [0];
  cube.dimensions.forEach((_, index) => {
    if (removed.includes(index)) return;
    const { length, inner } = spanOf(cube, index);
    bases = bases.flatMap((base) => Array.from({ length }, (_, k) => base + k * inner));
  });
  return bases;
}

/**
 * Reduces, for every group of offsets and every base, the cells at `base + offset`; the result is row-major with
 * the groups outermost (`group * bases.length + b`).
 */
export function reduceOffsetGroups(
  values: Float64Array,
  bases: readonly number[],
  groups: readonly (readonly number[])[],
  reduce: (cells: Float64Array, group: number) => number,
): Float64Array {
  const result = new Float64Array(groups.length * bases.length);
  groups.forEach((offsets, g) => {
    const cells = new Float64Array(offsets.length);
    for (let b = 0; b < bases.length; b++) {
      const base = bases[b] as number;
      for (let k = 0; k < offsets.length; k++) cells[k] = values[base + (offsets[k] as number)] as number;
      result[g * bases.length + b] = reduce(cells, g);
    }
  });
  return result;
}
