import type { ProcessContext } from "../process-entry.js";
import { cubeFailure } from "./cube-failure.js";
import type { DataCube, Dimension } from "./data-cube.js";

/** The number of labels of each dimension, in order. */
export function shapeOf(dimensions: readonly Dimension[]): number[] {
  return dimensions.map((dimension) => dimension.labels.length);
}

/** How far apart neighbouring cells of each dimension lie in the row-major values (last dimension: 1). */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length).fill(1);
  for (let axis = shape.length - 2; axis >= 0; axis--) {
    strides[axis] = (strides[axis + 1] as number) * (shape[axis + 1] as number);
  }
  return strides;
}

/** The number of cells a cube with these dimensions holds (1 for no dimension). */
export function cellCount(dimensions: readonly Dimension[]): number {
  return shapeOf(dimensions).reduce((product, length) => product * length, 1);
}

/** The offset of one cell in the values, from its label index on each dimension. */
export function cellOffset(strides: readonly number[], indices: readonly number[]): number {
  let offset = 0;
  for (const [axis, index] of indices.entries()) offset += index * (strides[axis] as number);
  return offset;
}

/** The position of a dimension by name, or -1. */
export function dimensionIndex(cube: DataCube, name: string): number {
  return cube.dimensions.findIndex((dimension) => dimension.name === name);
}

/** The position of a dimension by name; throws `DimensionNotAvailable` (or the given code) when it is missing. */
export function requireDimension(cube: DataCube, name: string, code = "DimensionNotAvailable"): number {
  const index = dimensionIndex(cube, name);
  if (index < 0) {
    const names = cube.dimensions.map((dimension) => dimension.name).join(", ");
    throw cubeFailure(code, `the data cube has no dimension '${name}' (it has: ${names || "none"}).`);
  }
  return index;
}

/**
 * Most cells one cube may hold when the caller sets no `maxCubeCells`: 20 Mi (5 × 2^22 = 20 971 520) cells,
 * 160 MiB of `Float64Array`, so that one `load_collection` of a huge extent fails with an openEO error instead of
 * exhausting memory. Measured on the mock (`bench/cube-memory.ts` of `@jobkit/mock-server`), a job that loads and
 * saves a cube of this size peaks at about 640 MiB resident as netCDF and 420 MiB as GTiff; twice as many cells
 * (2^25) peak near 1 GiB, 2^26 at 1.8 GiB. It holds a year of 4 bands over 256 × 256 pixels (19.1 M cells).
 */
export const DEFAULT_MAX_CUBE_CELLS = 5 * 2 ** 22;

/** The most cells one cube may hold in this run: `context.maxCubeCells`, else {@link DEFAULT_MAX_CUBE_CELLS}. */
export function cubeCellLimit(context: ProcessContext): number {
  return context.maxCubeCells ?? DEFAULT_MAX_CUBE_CELLS;
}

/**
 * Refuses a cube of `cells` cells before it is allocated when it exceeds `context.maxCubeCells` (or
 * {@link DEFAULT_MAX_CUBE_CELLS}), or when the count is not finite. The openEO API lists no code for this, so the
 * error is `CubeTooLarge` (HTTP 400); the message names the limit.
 */
export function assertCubeCells(cells: number, context: ProcessContext): void {
  const limit = cubeCellLimit(context);
  if (!(cells <= limit)) {
    throw cubeFailure(
      "CubeTooLarge",
      `the result would hold ${cells} cells, more than the limit of ${limit}; use a smaller extent or fewer bands.`,
    );
  }
}
