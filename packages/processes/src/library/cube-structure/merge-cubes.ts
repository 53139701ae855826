import { type Callback, isCallback } from "../../callback.js";
import { CallbackCells } from "../../cube/callback-cells.js";
import { alignedOffsets } from "../../cube/cube-alignment.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellToValue } from "../../cube/cube-cell.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { assertCubeCells, cellCount } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { compareLabels, labelKey } from "../../cube/label-key.js";
import { alignSpatially } from "../../cube/resample-grid.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { cellByCell } from "../common/cells-in-place.js";

/**
 * The labels of both dimensions: those of the first, then the new ones of the second (and the common names of
 * both's bands). Spatial and temporal labels
 * stay sorted, in the direction of the first cube (a `y` axis usually runs north to south).
 */
function unitedDimension(first: Dimension, second: Dimension | undefined): Dimension {
  if (!second) return first;
  const seen = new Set(first.labels.map((label) => labelKey(first, label)));
  const added = second.labels.filter((label) => !seen.has(labelKey(second, label)));
  const labels = [...first.labels, ...added];
  if (added.length > 0 && (first.type === "spatial" || first.type === "temporal")) {
    const [head, tail] = [first.labels[0], first.labels[first.labels.length - 1]];
    const direction =
      head !== undefined && tail !== undefined && compareLabels(first, head, tail) > 0 ? -1 : 1;
    labels.sort((a, b) => direction * compareLabels(first, a, b));
  }
  const commonNames =
    first.commonNames || second.commonNames ? { ...second.commonNames, ...first.commonNames } : undefined;
  return { ...first, labels, ...(commonNames ? { commonNames } : {}) };
}

function mergedDimensions(cube1: DataCube, cube2: DataCube): Dimension[] {
  const byName = (cube: DataCube, name: string) => cube.dimensions.find((item) => item.name === name);
  return [
    ...cube1.dimensions.map((dimension) => unitedDimension(dimension, byName(cube2, dimension.name))),
    ...cube2.dimensions.filter((dimension) => !byName(cube1, dimension.name)),
  ];
}

/** The overlap resolver: `x` and `y` are cells of the first and second cube, typed as their cubes' cells. */
type Resolve = (x: number | boolean | null, y: number | boolean | null) => Value;

function resolverOf(resolver: Value, context: Value): Resolve {
  return (x, y) => {
    if (!isCallback(resolver)) {
      throw cubeFailure(
        "OverlapResolverMissing",
        "the cubes overlap; give an 'overlap_resolver' to combine the overlapping cells.",
      );
    }
    return (resolver as Callback).call({ x, y, context });
  };
}

/**
 * `merge_cubes`: the union of two cubes' labels; cells both cubes have go through the overlap resolver, which gets
 * the cells of boolean cubes as booleans. The result is boolean when every cell it holds is.
 */
export const mergeCubes = defineProcess({
  id: "merge_cubes",
  summary: "Joins two cubes into one, combining cells present in both with an overlap resolver.",
  fidelity: "exact",
  cellsInPlace: cellByCell("cube1", "cube2"),
  run: ({ cube1, cube2, overlap_resolver, context }, processContext) => {
    const first = cubeArgument(cube1, "cube1");
    const second = alignSpatially(cubeArgument(cube2, "cube2"), first);
    const dimensions = mergedDimensions(first, second);
    assertCubeCells(cellCount(dimensions), processContext);
    const from1 = alignedOffsets(dimensions, first);
    const from2 = alignedOffsets(dimensions, second);
    const values = new Float64Array(from1.length);
    const resolve = resolverOf(overlap_resolver ?? null, context ?? null);
    const cells = new CallbackCells("merge_cubes");
    for (let cell = 0; cell < values.length; cell++) {
      const a = from1[cell] as number;
      const b = from2[cell] as number;
      const x = a < 0 ? Number.NaN : (first.values[a] as number);
      const y = b < 0 ? Number.NaN : (second.values[b] as number);
      if (a < 0) values[cell] = cells.copied(y, second.cellType);
      else if (b < 0) values[cell] = cells.copied(x, first.cellType);
      else
        values[cell] = cells.cell(resolve(cellToValue(x, first.cellType), cellToValue(y, second.cellType)));
    }
    return new DataCube(dimensions, values, cells.cellType);
  },
});
