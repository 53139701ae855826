/**
 * Kernels over the first `count` numbers of a buffer, none of them no-data or `NaN` (gathering answers for those).
 * They allocate nothing, and may reorder the buffer.
 */
export type NumberKernel = (values: Float64Array, count: number) => number;

/** The sum, following IEEE 754. */
export const sumKernel: NumberKernel = (values, count) => {
  let total = 0;
  for (let i = 0; i < count; i++) total += values[i] as number;
  return total;
};

/** The product, following IEEE 754. */
export const productKernel: NumberKernel = (values, count) => {
  let total = 1;
  for (let i = 0; i < count; i++) total *= values[i] as number;
  return total;
};

/** The arithmetic mean. */
export const meanKernel: NumberKernel = (values, count) => sumKernel(values, count) / count;

function extreme(values: Float64Array, count: number, sign: 1 | -1): number {
  let best = values[0] as number;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    if (sign * (value - best) > 0) best = value;
  }
  return best;
}

/** The largest number. */
export const maxKernel: NumberKernel = (values, count) => extreme(values, count, 1);

/** The smallest number. */
export const minKernel: NumberKernel = (values, count) => extreme(values, count, -1);

/** The sample variance (divided by `count - 1`); `NaN` for fewer than two numbers. */
export const varianceKernel: NumberKernel = (values, count) => {
  const mean = meanKernel(values, count);
  let squares = 0;
  for (let i = 0; i < count; i++) squares += ((values[i] as number) - mean) ** 2;
  return squares / (count - 1);
};

/** The sample standard deviation. */
export const sdKernel: NumberKernel = (values, count) => Math.sqrt(varianceKernel(values, count));

function swap(values: Float64Array, a: number, b: number): void {
  const kept = values[a] as number;
  values[a] = values[b] as number;
  values[b] = kept;
}

/** Puts `value` into the sorted run `values[from..end)`, moving the larger ones up one place. */
export function insertSorted(values: Float64Array, from: number, end: number, value: number): void {
  let j = end;
  while (j > from && (values[j - 1] as number) > value) {
    values[j] = values[j - 1] as number;
    j--;
  }
  values[j] = value;
}

/** Sorts `values[from..to]` (inclusive) in place by insertion: the fastest way for a dozen numbers. */
function insertionSort(values: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i <= to; i++) insertSorted(values, from, i, values[i] as number);
}

/** Up to this many numbers, selection sorts them all by insertion. */
export const SORTED_SIZE = 17;

/** Moves the `k`-th smallest of `values[0..count)` to position `k`, smaller ones before it (Hoare's selection). */
function select(values: Float64Array, count: number, k: number): void {
  let low = 0;
  let high = count - 1;
  while (high - low >= SORTED_SIZE) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) swap(values, i++, j--);
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
  insertionSort(values, low, high);
}

/** The median of sorted numbers. */
export function middleOfSorted(sorted: Float64Array, count: number): number {
  const half = count >> 1;
  return count % 2 === 1
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** The median: the middle number, or the mean of the two middle numbers. */
export const medianKernel: NumberKernel = (values, count) => {
  if (count <= SORTED_SIZE) {
    insertionSort(values, 0, count - 1);
    return middleOfSorted(values, count);
  }
  const half = count >> 1;
  select(values, count, half);
  const upper = values[half] as number;
  return count % 2 === 1 ? upper : (maxKernel(values, half) + upper) / 2;
};
