/** FNV-1a over a string: a stable 32-bit seed for a collection, band or date. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/** MurmurHash3's finaliser: mixes a 32-bit integer into a well-spread one. */
export function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * What every value of one plane takes from its column: `mix(seed ^ mixedColumns[i])` for each column, written into
 * `out`. `seed` is the plane's (its collection, band and date), `mixedColumns` holds `mix(column)` of each global
 * column.
 */
export function seedColumns(out: Uint32Array, seed: number, mixedColumns: Uint32Array): void {
  for (let index = 0; index < mixedColumns.length; index++) {
    out[index] = mix(seed ^ (mixedColumns[index] as number));
  }
}

/**
 * The synthetic values of one row of pixels, written into `out` from `offset`: each an integer in [0, 10000) like
 * a scaled reflectance, fixed by the seed of its collection, band and date and by the pixel's global column and
 * row. `seededColumns` holds what the row's plane takes from each column (see {@link seedColumns}), mixed once for
 * every row of the plane. `first` and `count` pick columns of the row (all by default).
 */
export function fillSyntheticRow(
  out: Float32Array | Float64Array,
  offset: number,
  seededColumns: Uint32Array,
  row: number,
  first = 0,
  count = seededColumns.length - first,
): void {
  const mixedRow = mix(row + 0x9e3779b9);
  const shift = offset - first;
  for (let index = first; index < first + count; index++) {
    out[shift + index] = mix((seededColumns[index] as number) ^ mixedRow) % 10000;
  }
}
