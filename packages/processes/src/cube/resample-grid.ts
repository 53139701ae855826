import type { Point } from "./crs.js";
import { shapeOf, stridesOf } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";
import { combine } from "./resample-reducers.js";
import { axisResolution, type Source, type SourceKind, sourcesOf } from "./resample-sources.js";
import { type SpatialAxes, spatialAxes } from "./spatial-axes.js";

/** A target grid: new x and y dimensions whose labels are pixel centres in CRS `epsg`. */
export interface TargetGrid {
  readonly x: Dimension;
  readonly y: Dimension;
  readonly epsg: number;
}

function kindOf(method: string): SourceKind {
  if (method === "near") return "nearest";
  return ["bilinear", "cubic", "cubicspline", "lanczos"].includes(method) ? "bilinear" : "area";
}

/** For each target pixel (row by row), the source pixels it reads, as offsets within one x/y slice. */
function slicePlan(cube: DataCube, axes: SpatialAxes, target: TargetGrid, method: string) {
  const strides = stridesOf(shapeOf(cube.dimensions));
  const source = {
    x: cube.dimensions[axes.x] as Dimension,
    y: cube.dimensions[axes.y] as Dimension,
    epsg: axes.epsg,
  };
  const size: Point = [axisResolution(target.x), axisResolution(target.y)];
  const offsetOf = (item: Source) =>
    item.row * (strides[axes.y] as number) + item.column * (strides[axes.x] as number);
  return target.y.labels.flatMap((y) =>
    target.x.labels.map((x) => {
      const centre: Point = [Number(x), Number(y)];
      const sources = sourcesOf(source, { epsg: target.epsg, centre, size }, kindOf(method));
      return { offsets: sources.map(offsetOf), weights: sources.map((item) => item.weight) };
    }),
  );
}

/**
 * The cube on new x and y dimensions, each target pixel combined from its source pixels by a gdalwarp method
 * (`near`, `bilinear`, `average`, `min`, `max`, `med`, `q1`, `q3`, `mode`, `rms`, `sum`; cubic, cubic spline and
 * Lanczos as bilinear). Target pixels outside the source are no-data; other dimensions stay as they are.
 */
export function resampleGrid(
  cube: DataCube,
  axes: SpatialAxes,
  target: TargetGrid,
  method = "near",
): DataCube {
  const plan = slicePlan(cube, axes, target, method);
  const dimensions = cube.dimensions.map((item, index) =>
    index === axes.x ? target.x : index === axes.y ? target.y : item,
  );
  const shape = shapeOf(dimensions);
  const strides = stridesOf(shape);
  const sourceStrides = stridesOf(shapeOf(cube.dimensions));
  const [columns, rows] = [target.x.labels.length, target.y.labels.length];
  const coordinate = (cell: number, axis: number) =>
    Math.floor(cell / (strides[axis] as number)) % (shape[axis] as number);
  const values = new Float64Array(shape.reduce((product, length) => product * length, 1));
  for (let cell = 0; cell < values.length; cell++) {
    let base = 0;
    for (let axis = 0; axis < shape.length; axis++) {
      if (axis !== axes.x && axis !== axes.y)
        base += coordinate(cell, axis) * (sourceStrides[axis] as number);
    }
    const pixel = plan[coordinate(cell, axes.y) * columns + coordinate(cell, axes.x)];
    const cells = (pixel?.offsets ?? []).map((offset) => cube.values[base + offset] as number);
    values[cell] = rows > 0 ? combine(method, cells, pixel?.weights ?? []) : Number.NaN;
  }
  // nearest neighbour copies cells, so booleans stay booleans; any other method computes numbers
  return new DataCube(dimensions, values, method === "near" ? cube.cellType : "number");
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
  return resampleGrid(cube, from, {
    x: renamed(to.x, cube.dimensions[from.x]?.name),
    y: renamed(to.y, cube.dimensions[from.y]?.name),
    epsg: to.epsg,
  });
}
