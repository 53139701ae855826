/** A window along one axis: its first position (negative or beyond the end where it is padded) and its size. */
export interface WindowRange {
  readonly start: number;
  readonly size: number;
}

/**
 * Splits `length` positions into windows of `size`: `pad` keeps a last partial window (padded), `trim` drops it;
 * `fromStart` aligns the windows to position 0, otherwise to the end (the partial window is then the first).
 */
export function windowRanges(
  length: number,
  size: number,
  boundary: "pad" | "trim",
  fromStart: boolean,
): WindowRange[] {
  const count = boundary === "pad" ? Math.ceil(length / size) : Math.floor(length / size);
  const first = fromStart ? 0 : length - count * size;
  return Array.from({ length: count }, (_, k) => ({ start: first + k * size, size }));
}

/** The coordinate of a window's centre, from the axis labels (numbers, evenly spaced). */
export function windowCentre(labels: readonly (string | number)[], window: WindowRange): number {
  const origin = Number(labels[0]);
  const step = labels.length > 1 ? Number(labels[1]) - origin : 0;
  return origin + (window.start + (window.size - 1) / 2) * step;
}
