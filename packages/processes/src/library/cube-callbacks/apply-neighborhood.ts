import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { assertCubeCells, requireDimension } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { eachSubCell, type IndexRange, subCube } from "../../cube/sub-cube.js";
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

/** For every dimension, the window and overlap in pixels (a dimension not named gets all of its values). */
function chunking(cube: DataCube, size: Value | undefined, overlap: Value | undefined) {
  const plan = cube.dimensions.map((d) => ({ window: d.labels.length, overlap: 0 }));
  const apply = (list: Value | undefined, key: "window" | "overlap") => {
    for (const chunk of Array.isArray(list) ? (list as Record<string, Value>[]) : []) {
      const index = requireDimension(cube, String(chunk.dimension));
      const dimension = cube.dimensions[index] as Dimension;
      const entry = plan[index] as { window: number; overlap: number };
      entry[key] = pixelsOf(chunk, dimension, key === "window" ? dimension.labels.length : 0);
    }
  };
  apply(size, "window");
  apply(overlap, "overlap");
  if (plan.some((entry) => entry.window < 1))
    throw failure("ProcessArgumentInvalid", "every size must be at least one pixel.");
  return plan;
}

/** Every combination of one tile per dimension: its core ranges (the tiles) and the ranges with overlap. */
function tiles(cube: DataCube, plan: readonly { window: number; overlap: number }[]) {
  let combos: { core: IndexRange[]; outer: IndexRange[] }[] = [{ core: [], outer: [] }];
  cube.dimensions.forEach((dimension, d) => {
    const { window, overlap } = plan[d] as { window: number; overlap: number };
    const starts = Array.from({ length: Math.ceil(dimension.labels.length / window) }, (_, k) => k * window);
    combos = combos.flatMap((combo) =>
      starts.map((start) => {
        const length = Math.min(window, dimension.labels.length - start);
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

/** `apply_neighborhood`: the callback on tiles of the cube (with overlap as context), the tiles written back. */
export const applyNeighborhood = defineProcess({
  id: ID,
  summary:
    "Runs a callback on tiles of a cube, each with an overlapping margin, and assembles the tiles again.",
  fidelity: "exact",
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
