import { cellCount, shapeOf, stridesOf } from "./cube-index.js";
import type { DataCube, Dimension } from "./data-cube.js";
import { labelKey } from "./label-key.js";

/** For each label of `target`, the index of the same label in `source` (-1 when `source` lacks it). */
function labelMap(target: Dimension, source: Dimension): Int32Array {
  const positions = new Map(source.labels.map((label, index) => [labelKey(source, label), index]));
  return Int32Array.from(target.labels, (label) => positions.get(labelKey(target, label)) ?? -1);
}

/**
 * For every cell of a cube with the `target` dimensions (row-major), the offset of the cell of `source` with the
 * same labels, or -1 when `source` lacks one of them. Dimensions `source` does not have are broadcast (its cell
 * repeats along them); dimensions only `source` has must be filtered out by the caller first.
 */
export function alignedOffsets(target: readonly Dimension[], source: DataCube): Int32Array {
  const sourceStrides = stridesOf(shapeOf(source.dimensions));
  const axes = target.map((dimension) => {
    const index = source.dimensions.findIndex((candidate) => candidate.name === dimension.name);
    if (index < 0) return { stride: 0, map: new Int32Array(dimension.labels.length) };
    return {
      stride: sourceStrides[index] as number,
      map: labelMap(dimension, source.dimensions[index] as Dimension),
    };
  });
  const offsets = new Int32Array(cellCount(target));
  const counters = new Array<number>(target.length).fill(0);
  for (let cell = 0; cell < offsets.length; cell++) {
    offsets[cell] = offsetOf(axes, counters);
    advance(counters, target);
  }
  return offsets;
}

function offsetOf(axes: readonly { stride: number; map: Int32Array }[], counters: readonly number[]): number {
  let offset = 0;
  for (const [axis, { stride, map }] of axes.entries()) {
    const index = map[counters[axis] as number] as number;
    if (index < 0) return -1;
    offset += index * stride;
  }
  return offset;
}

function advance(counters: number[], dimensions: readonly Dimension[]): void {
  for (let axis = counters.length - 1; axis >= 0; axis--) {
    counters[axis] = (counters[axis] as number) + 1;
    if ((counters[axis] as number) < (dimensions[axis]?.labels.length ?? 0)) return;
    counters[axis] = 0;
  }
}
