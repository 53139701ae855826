import { type Point, reproject } from "./crs.js";
import { shapeOf, stridesOf } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";
import { type SpatialAxes, spatialAxes } from "./spatial-axes.js";

/** The spacing of a regular axis: its `step`, else the distance of its first two labels, else 1. */
export function axisResolution(dimension: Dimension): number {
  if (typeof dimension.step === "number" && dimension.step > 0) return dimension.step;
  const [first, second] = dimension.labels;
  return typeof first === "number" && typeof second === "number" ? Math.abs(second - first) : 1;
}

/** The index of the label nearest to `value` on a regular axis, or -1 when `value` lies outside its pixels. */
function nearestIndex(dimension: Dimension, value: number): number {
  const first = Number(dimension.labels[0]);
  const count = dimension.labels.length;
  if (count === 0) return -1;
  const spacing =
    count > 1 ? (Number(dimension.labels[count - 1]) - first) / (count - 1) : axisResolution(dimension);
  const index = Math.round((value - first) / spacing);
  return index >= 0 && index < count ? index : -1;
}

/** A target grid: new x and y dimensions whose labels are pixel centres in CRS `epsg`. */
export interface TargetGrid {
  readonly x: Dimension;
  readonly y: Dimension;
  readonly epsg: number;
}

/** For each target pixel (row by row), the source column and row nearest to its centre, or `undefined`. */
function nearestPixels(cube: DataCube, axes: SpatialAxes, target: TargetGrid) {
  const source = { x: cube.dimensions[axes.x] as Dimension, y: cube.dimensions[axes.y] as Dimension };
  return target.y.labels.map((y) =>
    target.x.labels.map((x) => {
      const [sx, sy] = reproject([Number(x), Number(y)] as Point, target.epsg, axes.epsg);
      const column = nearestIndex(source.x, sx);
      const row = nearestIndex(source.y, sy);
      return column < 0 || row < 0 ? undefined : { column, row };
    }),
  );
}

/**
 * The cube sampled at the pixel centres of new x and y dimensions by nearest neighbour; centres that fall outside
 * the source's pixels are no-data. Other dimensions stay as they are.
 */
export function resampleNearest(cube: DataCube, axes: SpatialAxes, target: TargetGrid): DataCube {
  const picks = nearestPixels(cube, axes, target);
  const dimensions = cube.dimensions.map((item, index) =>
    index === axes.x ? target.x : index === axes.y ? target.y : item,
  );
  const shape = shapeOf(dimensions);
  const strides = stridesOf(shape);
  const sourceStrides = stridesOf(shapeOf(cube.dimensions));
  const coordinate = (cell: number, axis: number) =>
    Math.floor(cell / (strides[axis] as number)) % (shape[axis] as number);
  const values = new Float64Array(shape.reduce((product, length) => product * length, 1));
  for (let cell = 0; cell < values.length; cell++) {
    const pick = picks[coordinate(cell, axes.y)]?.[coordinate(cell, axes.x)];
    if (!pick) {
      values[cell] = Number.NaN;
      continue;
    }
    let offset =
      pick.row * (sourceStrides[axes.y] as number) + pick.column * (sourceStrides[axes.x] as number);
    for (let axis = 0; axis < shape.length; axis++) {
      if (axis !== axes.x && axis !== axes.y)
        offset += coordinate(cell, axis) * (sourceStrides[axis] as number);
    }
    values[cell] = cube.values[offset] as number;
  }
  return new DataCube(dimensions, values);
}

/**
 * `cube` on the horizontal grid of `target` (nearest neighbour) when their CRS or resolution differ, as `mask` and
 * `merge_cubes` align their second cube implicitly; unchanged when either has no spatial dimensions or both share
 * a grid (their labels may still differ, as adjacent tiles do).
 */
export function alignSpatially(cube: DataCube, target: DataCube): DataCube {
  const spatial = (item: DataCube) => item.dimensions.some((dimension) => dimension.type === "spatial");
  if (!spatial(cube) || !spatial(target)) return cube;
  const [from, to] = [spatialAxes(cube), spatialAxes(target)];
  const resolution = (item: DataCube, axis: number) => axisResolution(item.dimensions[axis] as Dimension);
  const sameGrid =
    from.epsg === to.epsg &&
    resolution(cube, from.x) === resolution(target, to.x) &&
    resolution(cube, from.y) === resolution(target, to.y);
  if (sameGrid) return cube;
  const renamed = (axis: number, name: string | undefined) => ({
    ...(target.dimensions[axis] as Dimension),
    name: name ?? "",
  });
  return resampleNearest(cube, from, {
    x: renamed(to.x, cube.dimensions[from.x]?.name),
    y: renamed(to.y, cube.dimensions[from.y]?.name),
    epsg: to.epsg,
  });
}
