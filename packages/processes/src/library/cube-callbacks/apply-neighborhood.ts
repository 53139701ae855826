import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { assertCubeCells, requireDimension } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { eachSubCell, type IndexRange, subCube } from "../../cube/sub-cube.js";
import { isRecord } from "../../graph/is-record.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "apply_neighborhood";

function failure(openeoCode: string, message: string): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, `${ID}: ${message}`);
}

/** A size or overlap in pixels: `px` (or no unit) as is, `m` over the spacing of the dimension's labels. */
function pixelsOf(chunk: Record<string, Value>, dimension: Dimension, all: number): number {
  const { value, unit } = chunk;
  if (value === null || value === undefined) return all;
  if (typeof value !== "number" || value < 0) {
    throw failure(
      "ProcessArgumentInvalid",
      `only numeric sizes are supported ('${String(value)}' for '${dimension.name}').`,
    );
  }
  if (unit !== "m") return Math.round(value);
  const step = Math.abs(Number(dimension.labels[1]) - Number(dimension.labels[0]));
  if (dimension.type !== "spatial" || !Number.isFinite(step) || step === 0) {
    throw failure(
      "ProcessArgumentInvalid",
      `a size in metres needs an evenly spaced spatial dimension, not '${dimension.name}'.`,
    );
  }
  return Math.round(value / step);
}

/** How one dimension is tiled: the window and overlap in pixels, and whether `size` named its window. */
type Tiling = { window: number; overlap: number; sized: boolean };

/** For every dimension, the window and overlap in pixels (a dimension not named gets all of its values). */
function chunking(cube: DataCube, size: Value | undefined, overlap: Value | undefined) {
  const plan = cube.dimensions.map((d) => ({ window: d.labels.length, overlap: 0, sized: false }));
  const apply = (list: Value | undefined, key: "window" | "overlap") => {
    for (const chunk of Array.isArray(list) ? (list as Record<string, Value>[]) : []) {
      const index = requireDimension(cube, String(chunk.dimension));
      const dimension = cube.dimensions[index] as Dimension;
      const entry = plan[index] as Tiling;
      entry[key] = pixelsOf(chunk, dimension, key === "window" ? dimension.labels.length : 0);
      if (key === "window") entry.sized = chunk.value !== null && chunk.value !== undefined;
    }
  };
  apply(size, "window");
  apply(overlap, "overlap");
  if (plan.some((entry) => entry.window < 1))
    throw failure("ProcessArgumentInvalid", "every size must be at least one pixel.");
  return plan;
}

/**
 * Where the tiles of one dimension start: every `window` labels from its first; along x and y (evenly spaced)
 * with a window `size` names, wherever a pixel's place on the global grid (`floor(label / spacing)`) is a multiple of `window`, so a pixel
 * falls in the same tile whatever extent the cube has (and a filter of x and y may be pushed through).
 */
function tileStarts(dimension: Dimension, { window, sized }: Tiling): number[] {
  const { labels } = dimension;
  const step = Number(labels[1]) - Number(labels[0]);
  const starts = Array.from({ length: Math.ceil(labels.length / window) }, (_, k) => k * window);
  if (!sized || dimension.type !== "spatial" || !Number.isFinite(step) || step === 0) return starts;
  const tileOf = (at: number) => Math.floor(Math.floor(Number(labels[at]) / Math.abs(step) + 1e-9) / window);
  return labels.flatMap((_, at) => (at === 0 || tileOf(at) !== tileOf(at - 1) ? [at] : []));
}

/** Every combination of one tile per dimension: its core ranges (the tiles) and the ranges with overlap. */
function tiles(cube: DataCube, plan: readonly Tiling[]) {
  let combos: { core: IndexRange[]; outer: IndexRange[] }[] = [{ core: [], outer: [] }];
  cube.dimensions.forEach((dimension, d) => {
    const { overlap } = plan[d] as Tiling;
    const starts = tileStarts(dimension, plan[d] as Tiling);
    combos = combos.flatMap((combo) =>
      starts.map((start, k) => {
        const length = (starts[k + 1] ?? dimension.labels.length) - start;
        return {
          core: [...combo.core, { start, length }],
          outer: [...combo.outer, { start: start - overlap, length: length + 2 * overlap }],
        };
      }),
    );
  });
  return combos;
}

function sameShape(a: DataCube, b: Value): b is DataCube {
  return (
    b instanceof DataCube &&
    b.dimensions.length === a.dimensions.length &&
    a.dimensions.every((d, at) => {
      const other = b.dimensions[at] as Dimension;
      return (
        other.name === d.name &&
        other.type === d.type &&
        other.labels.every((label, k) => label === d.labels[k]) &&
        other.labels.length === d.labels.length
      );
    })
  );
}

function runTile(
  cube: DataCube,
  process: Callback,
  context: Value,
  tile: { core: IndexRange[]; outer: IndexRange[] },
  into: Float64Array,
): void {
  const input = subCube(cube, tile.outer, ID);
  const output = process.call({ data: input, context });
  if (!sameShape(input, output)) {
    throw failure(
      "DataCubePropertiesImmutable",
      "the process must return a cube with the dimensions and labels it got.",
    );
  }
  const targets: number[] = [];
  eachSubCell(cube, tile.core, (offset) => targets.push(offset));
  const core = tile.core.map((range, d) => ({
    start: range.start - (tile.outer[d] as IndexRange).start,
    length: range.length,
  }));
  let k = 0;
  eachSubCell(output, core, (offset) => {
    into[targets[k++] as number] = output.values[offset] as number;
  });
}

/** The pixels of `dimension` a literal chunk list gives (`px` or no unit); 0 when absent; undefined otherwise. */
function literalPixels(list: unknown, dimension: string, absent: number | undefined): number | undefined {
  const chunk = Array.isArray(list)
    ? (list as unknown[]).find((item) => isRecord(item) && item.dimension === dimension)
    : undefined;
  if (!isRecord(chunk))
    return Array.isArray(list) || list === undefined || list === null ? absent : undefined;
  const { value, unit } = chunk;
  const inPixels = unit === undefined || unit === null || unit === "px";
  return typeof value === "number" && value >= 0 && inPixels ? Math.round(value) : undefined;
}

/**
 * The pixels around a cell its tile and overlap may reach along x and y, when `size` names both in pixels (tiles
 * then lie on the global grid, see {@link tileStarts}); undefined otherwise.
 */
function reach(args: Readonly<Record<string, unknown>>): number | undefined {
  const along = (axis: string) => {
    const window = literalPixels(args.size, axis, undefined);
    const overlap = literalPixels(args.overlap, axis, 0);
    return window === undefined || window < 1 || overlap === undefined ? undefined : window - 1 + overlap;
  };
  const [x, y] = [along("x"), along("y")];
  return x === undefined || y === undefined ? undefined : Math.max(x, y);
}

/** `apply_neighborhood`: the callback on tiles of the cube (with overlap as context), the tiles written back. */
export const applyNeighborhood = defineProcess({
  id: ID,
  summary:
    "Runs a callback on tiles of a cube, each with an overlapping margin, and assembles the tiles again.",
  fidelity: "exact",
  cellsInPlace: (args) => (reach(args) === undefined ? undefined : ["data"]),
  spatialMargin: (args) => reach(args) ?? Number.POSITIVE_INFINITY,
  run: ({ data, process, size, overlap, context }, processContext) => {
    const cube = cubeArgument(data, "data");
    const callback = callbackArgument(process, ID, "process");
    const plan = chunking(cube, size, overlap);
    const largestTile = plan.reduce((cells, { window, overlap: margin }, d) => {
      const length = cube.dimensions[d]?.labels.length ?? 0;
      return cells * (Math.min(window, length) + 2 * margin);
    }, 1);
    assertCubeCells(largestTile, processContext);
    const values = new Float64Array(cube.values.length);
    for (const tile of tiles(cube, plan)) runTile(cube, callback, context ?? null, tile, values);
    return new DataCube(cube.dimensions, values);
  },
});
