import { ProcessFailedError } from "../processes-error.js";
import { spanOf } from "./cube-span.js";
import { DataCube, type Dimension } from "./data-cube.js";

/** A run of positions along one dimension; it may reach outside the dimension (those positions are padding). */
export interface IndexRange {
  readonly start: number;
  readonly length: number;
}

/** The label at `position`, extrapolated from evenly spaced numeric labels when it lies outside. */
function labelAt(dimension: Dimension, position: number, processId: string): string | number {
  const { labels } = dimension;
  if (position >= 0 && position < labels.length) return labels[position] as string | number;
  const origin = labels[0];
  if (typeof origin !== "number") {
    throw new ProcessFailedError(
      { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
      `${processId}: dimension '${dimension.name}' has no numeric labels to extend beyond its ends (no overlap there).`,
    );
  }
  const step = labels.length > 1 ? (labels[1] as number) - origin : 1;
  return origin + position * step;
}

/** Calls `visit(cubeOffset, subIndex)` for every cell of the sub cube; `cubeOffset` is -1 for padding. */
export function eachSubCell(
  cube: DataCube,
  ranges: readonly IndexRange[],
  visit: (offset: number, at: number) => void,
): void {
  const strides = cube.dimensions.map((_, at) => spanOf(cube, at).inner);
  const lengths = cube.dimensions.map((d) => d.labels.length);
  const size = ranges.reduce((n, range) => n * range.length, 1);
  for (let at = 0; at < size; at++) {
    let rest = at;
    let offset = 0;
    for (let d = ranges.length - 1; d >= 0 && offset >= 0; d--) {
      const range = ranges[d] as IndexRange;
      const position = range.start + (rest % range.length);
      rest = Math.floor(rest / range.length);
      offset =
        position < 0 || position >= (lengths[d] as number) ? -1 : offset + position * (strides[d] as number);
    }
    visit(offset, at);
  }
}

/** The part of a cube in the given ranges (one per dimension), padded with no-data where they reach outside. */
export function subCube(cube: DataCube, ranges: readonly IndexRange[], processId: string): DataCube {
  const dimensions = cube.dimensions.map((dimension, d) => {
    const range = ranges[d] as IndexRange;
    return {
      ...dimension,
      labels: Array.from({ length: range.length }, (_, k) => labelAt(dimension, range.start + k, processId)),
    };
  });
  const values = new Float64Array(ranges.reduce((n, range) => n * range.length, 1));
  eachSubCell(cube, ranges, (offset, at) => {
    values[at] = offset < 0 ? Number.NaN : (cube.values[offset] as number);
  });
  return new DataCube(dimensions, values, cube.cellType);
}
