import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { geometriesArgument } from "../../cube/geometries-argument.js";
import { geometryPixels } from "../../cube/geometry-pixels.js";
import { type Plane, planeOf } from "../../cube/plane-offsets.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { eachSubCell, type IndexRange, subCube } from "../../cube/sub-cube.js";
import type { Geometry } from "../../cube/vector-cube.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "apply_polygon";

function failure(openeoCode: string, message: string): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, `${ID}: ${message}`);
}

/** The pixels of each polygon; `GeometriesOverlap` when a pixel belongs to two. */
function polygonPixels(geometries: readonly (Geometry | null)[], plane: Plane): number[][] {
  const owner = new Map<number, number>();
  return geometries.map((shape, index) => {
    const type = shape?.type;
    if (shape !== null && type !== "Polygon" && type !== "MultiPolygon") {
      throw failure(
        "ProcessArgumentInvalid",
        `geometry ${index} is a ${String(type)}; only polygons are allowed.`,
      );
    }
    const pixels = geometryPixels(shape, plane.grid);
    for (const pixel of pixels) {
      if (owner.has(pixel))
        throw failure("GeometriesOverlap", `geometries ${owner.get(pixel)} and ${index} overlap.`);
      owner.set(pixel, index);
    }
    return pixels;
  });
}

/** The smallest ranges around a polygon's pixels: its rows and columns, every position of other dimensions. */
function extentOf(
  cube: DataCube,
  axes: { x: number; y: number; plane: Plane },
  pixels: readonly number[],
): IndexRange[] {
  const columns = axes.plane.grid.xs.length;
  const span = (list: number[]) => ({
    start: Math.min(...list),
    length: Math.max(...list) - Math.min(...list) + 1,
  });
  return cube.dimensions.map((d, at) => {
    if (at === axes.x) return span(pixels.map((pixel) => pixel % columns));
    if (at === axes.y) return span(pixels.map((pixel) => Math.floor(pixel / columns)));
    return { start: 0, length: d.labels.length };
  });
}

/** Runs the process on the extent of one polygon, the pixels outside masked, and writes back the pixels inside. */
function runPolygon(
  cube: DataCube,
  axes: { x: number; y: number; plane: Plane },
  pixels: readonly number[],
  call: (data: DataCube) => Value,
  into: { values: Float64Array; mask: number },
): void {
  const ranges = extentOf(cube, axes, pixels);
  const inside = new Set(pixels);
  const offsets: number[] = [];
  eachSubCell(cube, ranges, (offset) => offsets.push(offset));
  const input = subCube(cube, ranges, ID);
  offsets.forEach((offset, at) => {
    if (!inside.has(axes.plane.pixelOf(offset))) input.values[at] = into.mask;
  });
  const output = call(input);
  const sameShape =
    output instanceof DataCube &&
    output.values.length === input.values.length &&
    output.dimensions.every((d, at) => d.labels.length === (input.dimensions[at] as Dimension).labels.length);
  if (!sameShape) {
    throw failure(
      "ProcessArgumentInvalid",
      "the process must return a cube with as many labels per dimension as it got.",
    );
  }
  offsets.forEach((offset, at) => {
    if (inside.has(axes.plane.pixelOf(offset))) into.values[offset] = output.values[at] as number;
  });
}

/**
 * `apply_polygon`: the process on each polygon's part of the cube; pixels outside every polygon are masked. Its
 * `geometries` are a vector cube or, as the definition's text lists them and the Python client sends them,
 * GeoJSON: a Polygon or MultiPolygon, a Feature or a FeatureCollection of them (read as `load_geojson` would).
 */
export const applyPolygon = defineProcess({
  id: ID,
  alsoAccepts: { geometries: { type: "object", subtype: "geojson" } },
  summary:
    "Runs a callback on the part of a cube inside each polygon; pixels outside all polygons are masked.",
  fidelity: "exact",
  run: ({ data, geometries, process, mask_value, context }) => {
    const cube = cubeArgument(data, "data");
    const callback: Callback = callbackArgument(process, ID, "process");
    const { x, y, epsg } = spatialAxes(cube);
    const axes = { x, y, plane: planeOf(cube, x, y) };
    const { shapes } = geometriesArgument(geometries ?? null, epsg, ID);
    const mask = typeof mask_value === "number" ? mask_value : Number.NaN;
    const into = { values: new Float64Array(cube.values.length).fill(mask), mask };
    const call = (input: DataCube) => callback.call({ data: input, context: context ?? null });
    for (const pixels of polygonPixels(shapes, axes.plane)) {
      if (pixels.length > 0) runPolygon(cube, axes, pixels, call, into);
    }
    return new DataCube(cube.dimensions, into.values);
  },
});
