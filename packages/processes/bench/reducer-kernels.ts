/**
 * How fast the reducers' `reduceNumbers` kernels are against a hand-written typed-array loop: the median (and the
 * mean) over 12 dates of 1024 × 1024 pixels, no-data in 5 % of the cells, as `reduce_dimension` would call them.
 * Run: `npx tsx bench/reducer-kernels.ts`.
 */
import { createProcessRegistry } from "../src/index.js";

const [DATES, PIXELS, ROUNDS] = [12, 1024 * 1024, 7];
const cells = Float64Array.from({ length: DATES * PIXELS }, (_, i) =>
  (i * 2654435761) % 1000 < 50 ? Number.NaN : (i * 40503) % 997,
);

/** The baseline: per pixel, gather the dates, insertion-sort them, take the middle. */
function handWrittenMedian(out: Float64Array): void {
  const scratch = new Float64Array(DATES);
  for (let p = 0; p < PIXELS; p++) {
    let n = 0;
    for (let t = 0; t < DATES; t++) {
      const v = cells[t * PIXELS + p] as number;
      if (!Number.isNaN(v)) {
        let j = n++;
        while (j > 0 && (scratch[j - 1] as number) > v) scratch[j] = scratch[--j] as number;
        scratch[j] = v;
      }
    }
    const h = n >> 1;
    out[p] =
      n === 0
        ? Number.NaN
        : n % 2
          ? (scratch[h] as number)
          : ((scratch[h - 1] as number) + (scratch[h] as number)) / 2;
  }
}

function handWrittenMean(out: Float64Array): void {
  for (let p = 0; p < PIXELS; p++) {
    let [sum, n] = [0, 0];
    for (let t = 0; t < DATES; t++) {
      const v = cells[t * PIXELS + p] as number;
      if (!Number.isNaN(v)) [sum, n] = [sum + v, n + 1];
    }
    out[p] = n === 0 ? Number.NaN : sum / n;
  }
}

/** What a cube process does with a one-node reducer: gather each pixel's dates, call `reduceNumbers`. */
function withKernel(id: string, out: Float64Array): void {
  const reduce = createProcessRegistry().get(id)?.reduceNumbers;
  if (!reduce) throw new Error(`${id} has no reduceNumbers`);
  const args = { data: null, ignore_nodata: true };
  const pixel = new Float64Array(DATES);
  for (let p = 0; p < PIXELS; p++) {
    for (let t = 0; t < DATES; t++) pixel[t] = cells[t * PIXELS + p] as number;
    out[p] = reduce(pixel, args);
  }
}

/** The fastest of ROUNDS runs of each task, the two alternating so that a busy machine slows both alike. */
function fastest(first: () => void, second: () => void): [number, number] {
  const times: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, task] of [first, second].entries()) {
      const start = performance.now();
      task();
      times[index] = Math.min(times[index] as number, performance.now() - start);
    }
  }
  return times;
}

for (const [id, baseline] of [
  ["median", handWrittenMedian],
  ["mean", handWrittenMean],
] as const) {
  const [expected, actual] = [new Float64Array(PIXELS), new Float64Array(PIXELS)];
  const [hand, kernel] = fastest(
    () => baseline(expected),
    () => withKernel(id, actual),
  );
  const same = expected.every(
    (v, i) => Object.is(v, actual[i]) || Math.abs(v - (actual[i] as number)) < 1e-9,
  );
  console.log(
    `${id}: hand-written ${hand.toFixed(1)} ms, reduceNumbers ${kernel.toFixed(1)} ms, ` +
      `speed ${(hand / kernel).toFixed(2)}× of the hand-written loop, results ${same ? "equal" : "DIFFER"}`,
  );
}
