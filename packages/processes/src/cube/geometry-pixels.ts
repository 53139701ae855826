import type { Point } from "./crs.js";
import { intersectsPolygon, type Polygon } from "./geojson-polygons.js";
import type { Geometry } from "./vector-cube.js";

type Position = readonly number[];

/** The pixel centres of a grid: x and y coordinates of its columns and rows. */
export interface PixelGrid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

function polygonPixels(grid: PixelGrid, rings: Polygon, into: Set<number>): void {
  const outer = rings[0] ?? [];
  const [west, east] = [
    Math.min(...outer.map((p) => p[0] as number)),
    Math.max(...outer.map((p) => p[0] as number)),
  ];
  const [south, north] = [
    Math.min(...outer.map((p) => p[1] as number)),
    Math.max(...outer.map((p) => p[1] as number)),
  ];
  grid.ys.forEach((y, row) => {
    if (y < south || y > north) return;
    grid.xs.forEach((x, column) => {
      if (x >= west && x <= east && intersectsPolygon(rings, [x, y] as Point))
        into.add(row * grid.xs.length + column);
    });
  });
}

/** The distance between neighbouring centres of an axis, or `undefined` for an axis of one centre. */
function spacingOf(centres: readonly number[]): number | undefined {
  return centres.length > 1 ? Math.abs((centres[1] as number) - (centres[0] as number)) : undefined;
}

/** The position of the closest centre along one axis, or -1 beyond half a pixel outside the axis. */
function closest(centres: readonly number[], value: number, spacing: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  centres.forEach((centre, index) => {
    if (Math.abs(centre - value) < distance) [best, distance] = [index, Math.abs(centre - value)];
  });
  return distance <= spacing / 2 ? best : -1;
}

/** The pixel of the centre closest to a point; an axis of one centre takes the other axis's spacing. */
function pointPixel(grid: PixelGrid, point: Position, into: Set<number>): void {
  const [xSpacing, ySpacing] = [spacingOf(grid.xs), spacingOf(grid.ys)];
  const column = closest(grid.xs, point[0] as number, xSpacing ?? ySpacing ?? Number.POSITIVE_INFINITY);
  const row = closest(grid.ys, point[1] as number, ySpacing ?? xSpacing ?? Number.POSITIVE_INFINITY);
  if (column >= 0 && row >= 0) into.add(row * grid.xs.length + column);
}

/** A line's pixels: the closest centre of points sampled every quarter pixel along it. */
function linePixels(grid: PixelGrid, line: readonly Position[], into: Set<number>): void {
  const step =
    Math.max(
      Math.abs((grid.xs[1] ?? 0) - (grid.xs[0] ?? 0)),
      Math.abs((grid.ys[1] ?? 0) - (grid.ys[0] ?? 0)),
      1e-9,
    ) / 4;
  for (let i = 0; i + 1 < line.length; i++) {
    const [x0, y0] = line[i] as [number, number];
    const [x1, y1] = line[i + 1] as [number, number];
    const samples = Math.min(Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step), 1_000_000);
    for (let s = 0; s <= samples; s++)
      pointPixel(
        grid,
        [x0 + ((x1 - x0) * s) / Math.max(samples, 1), y0 + ((y1 - y0) * s) / Math.max(samples, 1)],
        into,
      );
  }
  if (line.length === 1) pointPixel(grid, line[0] as Position, into);
}

type Collector = (grid: PixelGrid, coordinates: never, into: Set<number>) => void;

const each =
  (one: Collector): Collector =>
  (grid, coordinates, into) => {
    for (const part of coordinates as never[]) one(grid, part, into);
  };

const COLLECTORS: Readonly<Record<string, Collector>> = {
  Polygon: polygonPixels,
  MultiPolygon: each(polygonPixels),
  Point: pointPixel,
  MultiPoint: each(pointPixel),
  LineString: linePixels,
  MultiLineString: each(linePixels),
};

function collect(geometry: Geometry, grid: PixelGrid, into: Set<number>): void {
  if (geometry.type === "GeometryCollection") {
    for (const part of geometry.geometries ?? []) collect(part, grid, into);
  } else {
    COLLECTORS[geometry.type]?.(grid, geometry.coordinates as never, into);
  }
}

/**
 * The pixels a geometry covers, as `row * columns + column`, ascending: for polygons the pixels whose centre lies
 * inside, for points the closest centre, for lines the closest centres along them; none for `null`.
 */
export function geometryPixels(geometry: Geometry | null, grid: PixelGrid): number[] {
  const into = new Set<number>();
  if (geometry) collect(geometry, grid, into);
  return [...into].sort((a, b) => a - b);
}
