/**
 * Where the cells of a cube come from until they are first read as a whole: a source computes any run of them
 * on demand, so that a writer can take a large cube (a synthetic `load_collection` saved as it is) one plane at a
 * time, in its own number type, without the cube's `Float64Array` ever being filled.
 */
export interface CellSource {
  /** The number of cells. */
  readonly length: number;
  /** Writes cells `start` to `start + length - 1` (row-major) into `out` from `offset`. */
  fill(out: Float32Array | Float64Array, offset: number, start: number, length: number): void;
}
