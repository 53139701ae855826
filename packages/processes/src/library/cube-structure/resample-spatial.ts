import { epsgCode } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { assertCubeCells, cellCount } from "../../cube/cube-index.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import { type Envelope, reprojectEnvelope } from "../../cube/pixel-geometry.js";
import { resampleGrid } from "../../cube/resample-grid.js";
import { axisResolution } from "../../cube/resample-sources.js";
import { type SpatialAxes, spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { resampleMethod } from "./resample-method.js";

/** The pixel-edge envelope of a cube's x and y labels. */
function edgesOf(cube: DataCube, axes: SpatialAxes): Envelope {
  const [x, y] = [cube.dimensions[axes.x] as Dimension, cube.dimensions[axes.y] as Dimension];
  const xs = x.labels.map(Number);
  const ys = y.labels.map(Number);
  const [rx, ry] = [axisResolution(x) / 2, axisResolution(y) / 2];
  return [Math.min(...xs) - rx, Math.min(...ys) - ry, Math.max(...xs) + rx, Math.max(...ys) + ry];
}

function resolutionsOf(value: Value, envelope: Envelope, cube: DataCube, axes: SpatialAxes, same: boolean) {
  const [rx, ry] = Array.isArray(value) ? value.map(Number) : [Number(value), Number(value)];
  const keep = (given: number | undefined, axis: number, width: number) =>
    given !== undefined && given > 0
      ? given
      : same
        ? axisResolution(cube.dimensions[axis] as Dimension)
        : width / Math.max(1, cube.dimensions[axis]?.labels.length ?? 1);
  return [keep(rx, axes.x, envelope[2] - envelope[0]), keep(ry, axes.y, envelope[3] - envelope[1])] as const;
}

/** How many pixels of `step` cover `[low, high]` (at least one; `NaN` when the extent is not finite). */
function pixelCount(low: number, high: number, step: number): number {
  return Math.max(1, Math.ceil((high - low) / step - 1e-9));
}

/** Pixel centres from one edge: `fromLow` counts from the low edge, else from the high one; labels run low to high. */
function centres(low: number, high: number, step: number, fromLow: boolean): number[] {
  const count = pixelCount(low, high, step);
  const start = fromLow ? low : high - count * step;
  return Array.from({ length: count }, (_, index) => Number((start + (index + 0.5) * step).toPrecision(12)));
}

function targetGrid(cube: DataCube, axes: SpatialAxes, args: Record<string, Value>, context: ProcessContext) {
  const epsg = args.projection === null ? axes.epsg : epsgCode(args.projection);
  const envelope = reprojectEnvelope(edgesOf(cube, axes), axes.epsg, epsg);
  const [rx, ry] = resolutionsOf(args.resolution ?? 0, envelope, cube, axes, epsg === axes.epsg);
  const others = cube.dimensions.filter((_, index) => index !== axes.x && index !== axes.y);
  const plane = pixelCount(envelope[0], envelope[2], rx) * pixelCount(envelope[1], envelope[3], ry);
  assertCubeCells(cellCount(others) * plane, context);
  const align = String(args.align);
  const xs = centres(envelope[0], envelope[2], rx, align.endsWith("left"));
  const ys = centres(envelope[1], envelope[3], ry, align.startsWith("lower")).reverse();
  const referenceSystem = `EPSG:${epsg}`;
  const x: Dimension = { ...(cube.dimensions[axes.x] as Dimension), labels: xs, referenceSystem, step: rx };
  const y: Dimension = { ...(cube.dimensions[axes.y] as Dimension), labels: ys, referenceSystem, step: ry };
  return { x, y, epsg };
}

/** `resample_spatial`: a new resolution and/or projection, aligned to a corner of the extent. */
export const resampleSpatial = defineProcess({
  id: "resample_spatial",
  summary: "Regrids a cube's x and y to a new resolution or projection with a gdalwarp resampling method.",
  fidelity: "exact",
  run: (args, context) => {
    const cube = cubeArgument(args.data, "data");
    const axes = spatialAxes(cube);
    const resolution = args.resolution ?? 0;
    if ((resolution === 0 || resolution === null) && args.projection === null) return cube;
    if ([resolution].flat().some((value) => typeof value !== "number" || value < 0)) {
      throw cubeFailure("ProcessParameterInvalid", "parameter 'resolution' must be one or two numbers ≥ 0.");
    }
    const method = resampleMethod("resample_spatial", args.method ?? null, context);
    return resampleGrid(cube, axes, targetGrid(cube, axes, args, context), method);
  },
});
