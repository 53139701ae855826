/** How `apply_kernel` extends a run of `length` cells beyond its ends (a number fills with that constant). */
export type BorderMode = "replicate" | "reflect" | "reflect_pixel" | "wrap" | number;

const modulo = (value: number, period: number) => ((value % period) + period) % period;

/** The position inside `[0, length)` that position `at` reads under the border mode, or -1 for the constant. */
export function borderIndex(at: number, length: number, mode: BorderMode): number {
  if (at >= 0 && at < length) return at;
  if (typeof mode === "number") return -1;
  if (mode === "replicate") return at < 0 ? 0 : length - 1;
  if (mode === "wrap") return modulo(at, length);
  if (mode === "reflect") {
    const folded = modulo(at, 2 * length);
    return folded < length ? folded : 2 * length - 1 - folded;
  }
  if (length === 1) return 0;
  const folded = modulo(at, 2 * length - 2);
  return folded < length ? folded : 2 * length - 2 - folded;
}
