import { type Point, reproject } from "./crs.js";
import type { Dimension } from "./data-cube.js";

/** One source pixel feeding a target pixel, with its weight. */
export interface Source {
  readonly row: number;
  readonly column: number;
  readonly weight: number;
}

/** How a method picks source pixels: the nearest, the 2×2 around (bilinear), or all inside the footprint. */
export type SourceKind = "nearest" | "bilinear" | "area";

/** The spacing of a regular axis: its `step`, else the distance of its first two labels, else 1. */
export function axisResolution(dimension: Dimension): number {
  if (typeof dimension.step === "number" && dimension.step > 0) return dimension.step;
  const [first, second] = dimension.labels;
  return typeof first === "number" && typeof second === "number" ? Math.abs(second - first) : 1;
}

/** Where `value` falls on a regular axis, in label positions (0 at the first label); `NaN` without labels. */
function position(dimension: Dimension, value: number): number {
  const count = dimension.labels.length;
  if (count === 0) return Number.NaN;
  const first = Number(dimension.labels[0]);
  const spacing =
    count > 1 ? (Number(dimension.labels[count - 1]) - first) / (count - 1) : axisResolution(dimension);
  return (value - first) / spacing;
}

const inside = (index: number, count: number) => index >= 0 && index < count;

/** The 1 or 2 label positions around `at`, with linear weights (none when `at` lies outside the pixels). */
function neighbours(at: number, count: number, bilinear: boolean): { index: number; weight: number }[] {
  const nearest = Math.round(at);
  if (!inside(nearest, count)) return [];
  if (!bilinear) return [{ index: nearest, weight: 1 }];
  const low = Math.floor(at);
  const share = at - low;
  return [
    { index: low, weight: 1 - share },
    { index: low + 1, weight: share },
  ].filter((item) => inside(item.index, count) && item.weight > 0);
}

/** The label positions whose centres fall in `[a, b)` (either order). */
function covered(a: number, b: number, count: number): number[] {
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  const first = Math.max(0, Math.ceil(low));
  const last = Math.min(count - 1, Math.ceil(high) - 1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}

/** The source axes and CRS a target pixel reads from. */
export interface SourceGrid {
  readonly x: Dimension;
  readonly y: Dimension;
  readonly epsg: number;
}

/**
 * The source pixels feeding the target pixel centred on `centre` (target CRS `epsg`, pixel size `size`): the
 * nearest, the bilinear neighbours, or those whose centres lie in its footprint (the nearest when none does).
 */
export function sourcesOf(
  source: SourceGrid,
  target: { readonly epsg: number; readonly centre: Point; readonly size: Point },
  kind: SourceKind,
): Source[] {
  const [sx, sy] = reproject(target.centre, target.epsg, source.epsg);
  const [cx, cy] = [position(source.x, sx), position(source.y, sy)];
  const [columns, rows] = [source.x.labels.length, source.y.labels.length];
  if (kind === "area") {
    const [w, s] = reproject(
      [target.centre[0] - target.size[0] / 2, target.centre[1] - target.size[1] / 2],
      target.epsg,
      source.epsg,
    );
    const [e, n] = reproject(
      [target.centre[0] + target.size[0] / 2, target.centre[1] + target.size[1] / 2],
      target.epsg,
      source.epsg,
    );
    const xs = covered(position(source.x, w), position(source.x, e), columns);
    const ys = covered(position(source.y, s), position(source.y, n), rows);
    const all = ys.flatMap((row) => xs.map((column) => ({ row, column, weight: 1 })));
    if (all.length > 0) return all;
  }
  const bilinear = kind === "bilinear";
  return neighbours(cy, rows, bilinear).flatMap((r) =>
    neighbours(cx, columns, bilinear).map((c) => ({
      row: r.index,
      column: c.index,
      weight: r.weight * c.weight,
    })),
  );
}
