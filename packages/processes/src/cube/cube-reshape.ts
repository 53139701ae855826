import { shapeOf, stridesOf } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";

/**
 * Visits every line of cells along one dimension: `base` is the offset of its first cell, `stride` the distance
 * between its neighbours, `line` its index in the cube without that dimension (row-major, as `values`).
 */
export function forEachLine(
  shape: readonly number[],
  axis: number,
  visit: (base: number, stride: number, line: number) => void,
): void {
  const outer = shape.slice(0, axis).reduce((product, length) => product * length, 1);
  const inner = shape.slice(axis + 1).reduce((product, length) => product * length, 1);
  const length = shape[axis] ?? 1;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) visit(o * length * inner + i, inner, o * inner + i);
  }
}

/**
 * A cube whose dimension `axis` is replaced by `dimension`, cell `k` of each line taken from label
 * `sources[k]` of the old dimension (`-1`: no-data). Filters, reorders and pads labels in one step.
 */
export function takeLabels(
  cube: DataCube,
  axis: number,
  dimension: Dimension,
  sources: readonly number[],
): DataCube {
  const dimensions = cube.dimensions.map((old, index) => (index === axis ? dimension : old));
  const shape = shapeOf(cube.dimensions);
  const inner = shape.slice(axis + 1).reduce((product, length) => product * length, 1);
  const outerCount = shape.slice(0, axis).reduce((product, length) => product * length, 1);
  const values = new Float64Array(outerCount * sources.length * inner);
  forEachLine(shape, axis, (base, stride, line) => {
    const outBase = Math.floor(line / inner) * sources.length * inner + (line % inner);
    for (const [k, source] of sources.entries()) {
      values[outBase + k * inner] = source < 0 ? Number.NaN : (cube.values[base + source * stride] as number);
    }
  });
  return new DataCube(dimensions, values, cube.cellType);
}

/** A cube with the same cells and one dimension's metadata replaced (same number of labels). */
export function withDimension(cube: DataCube, axis: number, dimension: Dimension): DataCube {
  return new DataCube(
    cube.dimensions.map((old, index) => (index === axis ? dimension : old)),
    cube.values,
    cube.cellType,
  );
}

/** A cube without dimension `axis`, which must have exactly one label (the cells stay as they are). */
export function dropSingleDimension(cube: DataCube, axis: number): DataCube {
  return new DataCube(
    cube.dimensions.filter((_, index) => index !== axis),
    cube.values,
    cube.cellType,
  );
}

/** A cube with its dimensions in a new order: `order[k]` is the old position of the new dimension `k`. */
export function permuteDimensions(cube: DataCube, order: readonly number[]): DataCube {
  const dimensions = order.map((axis) => cube.dimensions[axis] as Dimension);
  const oldStrides = stridesOf(shapeOf(cube.dimensions));
  const strides = order.map((axis) => oldStrides[axis] as number);
  const shape = shapeOf(dimensions);
  const values = new Float64Array(cube.values.length);
  const counters = new Array<number>(shape.length).fill(0);
  let source = 0;
  for (let cell = 0; cell < values.length; cell++) {
    values[cell] = cube.values[source] as number;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      counters[axis] = (counters[axis] as number) + 1;
      source += strides[axis] as number;
      if ((counters[axis] as number) < (shape[axis] as number)) break;
      source -= (strides[axis] as number) * (shape[axis] as number);
      counters[axis] = 0;
    }
  }
  return new DataCube(dimensions, values, cube.cellType);
}
