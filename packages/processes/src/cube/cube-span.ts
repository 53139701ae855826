import type { DataCube } from "./data-cube.js";

/**
 * How one dimension sits in a cube's row-major values: cell `(o, k, i)` — `o` over the dimensions before it, `k`
 * along it, `i` over the dimensions after it — is at `(o * length + k) * inner + i`.
 */
export interface CubeSpan {
  readonly outer: number;
  readonly length: number;
  readonly inner: number;
}

/** The span of the dimension at `index`. */
export function spanOf(cube: DataCube, index: number): CubeSpan {
  const lengths = cube.dimensions.map((dimension) => dimension.labels.length);
  const product = (items: number[]) => items.reduce((total, length) => total * length, 1);
  return {
    outer: product(lengths.slice(0, index)),
    length: lengths[index] ?? 1,
    inner: product(lengths.slice(index + 1)),
  };
}
