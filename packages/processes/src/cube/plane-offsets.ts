import { spanOf } from "./cube-span.js";
import type { DataCube } from "./data-cube.js";
import type { PixelGrid } from "./geometry-pixels.js";

/** The x/y plane of a cube: its pixel centres and, for a pixel `row * columns + column`, its cell offset. */
export interface Plane {
  readonly grid: PixelGrid;
  offsetOf(pixel: number): number;
  /** The pixel a cell of the cube (by its offset) lies in. */
  pixelOf(offset: number): number;
  /** Every pixel of the plane, in row-major order. */
  readonly pixels: readonly number[];
}

/** The plane of the dimensions at `x` and `y`; their labels are the pixel centres. */
export function planeOf(cube: DataCube, x: number, y: number): Plane {
  const xs = (cube.dimensions[x]?.labels ?? []).map(Number);
  const ys = (cube.dimensions[y]?.labels ?? []).map(Number);
  const columnStride = spanOf(cube, x).inner;
  const rowStride = spanOf(cube, y).inner;
  return {
    grid: { xs, ys },
    offsetOf: (pixel) => Math.floor(pixel / xs.length) * rowStride + (pixel % xs.length) * columnStride,
    pixelOf: (offset) =>
      (Math.floor(offset / rowStride) % ys.length) * xs.length +
      (Math.floor(offset / columnStride) % xs.length),
    pixels: Array.from({ length: xs.length * ys.length }, (_, pixel) => pixel),
  };
}
