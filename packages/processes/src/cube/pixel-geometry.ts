import type { Value } from "../value.js";
import { type Point, reproject } from "./crs.js";
import { cellTypeReplacedBy, valueToCell } from "./cube-cell.js";
import { shapeOf, stridesOf } from "./cube-index.js";
import { takeLabels } from "./cube-reshape.js";
import { DataCube, type Dimension } from "./data-cube.js";
import type { Polygon } from "./geojson-polygons.js";
import type { SpatialAxes } from "./spatial-axes.js";

/** An axis-aligned box `[minX, minY, maxX, maxY]`. */
export type Envelope = readonly [number, number, number, number];

/** Polygons reprojected vertex by vertex (enough for the small areas synthetic cubes cover). */
export function reprojectPolygons(polygons: readonly Polygon[], from: number, to: number): Polygon[] {
  return polygons.map((polygon) => polygon.map((ring) => ring.map((point) => reproject(point, from, to))));
}

/** The envelope of some points. */
export function envelopeOf(points: readonly Point[]): Envelope {
  const xs = points.map((point) => point[0]);
  const ys = points.map((point) => point[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A box in another CRS: its outline, densified so curved edges stay covered, reprojected and enveloped. */
export function reprojectEnvelope([west, south, east, north]: Envelope, from: number, to: number): Envelope {
  if (from === to) return [west, south, east, north];
  const steps = 16;
  const outline: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = west + ((east - west) * i) / steps;
    const y = south + ((north - south) * i) / steps;
    outline.push([x, south], [x, north], [west, y], [east, y]);
  }
  return envelopeOf(outline.map((point) => reproject(point, from, to)));
}

function clipAxis(cube: DataCube, axis: number, low: number, high: number): DataCube {
  const old = cube.dimensions[axis] as Dimension;
  const sources = old.labels.flatMap((label, index) =>
    typeof label === "number" && label >= low && label <= high ? [index] : [],
  );
  const labels = sources.map((index) => old.labels[index] as number);
  return takeLabels(cube, axis, { ...old, labels }, sources);
}

/** The pixels whose centre lies in the envelope (boundary included), in the cube's CRS. */
export function clipToEnvelope(cube: DataCube, axes: SpatialAxes, envelope: Envelope): DataCube {
  const [minX, minY, maxX, maxY] = envelope;
  return clipAxis(clipAxis(cube, axes.x, minX, maxX), axes.y, minY, maxY);
}

/**
 * A cube whose cells get `replacement` where `replaced(centre)` is true for their pixel centre; no-data cells
 * stay no-data.
 */
export function replacePixels(
  cube: DataCube,
  axes: SpatialAxes,
  replaced: (centre: Point) => boolean,
  replacement: Value,
): DataCube {
  const replacementCell = valueToCell(replacement);
  const shape = shapeOf(cube.dimensions);
  const strides = stridesOf(shape);
  const xs = cube.dimensions[axes.x]?.labels ?? [];
  const ys = cube.dimensions[axes.y]?.labels ?? [];
  const verdicts = ys.map((y) => xs.map((x) => replaced([Number(x), Number(y)])));
  const pick = (cell: number, axis: number) =>
    Math.floor(cell / (strides[axis] as number)) % (shape[axis] as number);
  const values = cube.values.map((value, cell) =>
    !Number.isNaN(value) && verdicts[pick(cell, axes.y)]?.[pick(cell, axes.x)] ? replacementCell : value,
  );
  return new DataCube(cube.dimensions, values, cellTypeReplacedBy(cube.cellType, replacement));
}
