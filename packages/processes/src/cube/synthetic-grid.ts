import { cubeFailure } from "./cube-failure.js";
import type { Envelope } from "./pixel-geometry.js";

/** The pixel grid a synthetic cube is sampled on: centres along x (west to east) and y (north to south). */
export interface SyntheticGrid {
  readonly resolution: number;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** The global index of the first x and y centre, so a pixel's values do not depend on the extent asked for. */
  readonly column0: number;
  readonly row0: number;
}

/** Most pixels along one axis when the caller sets no `maxPixelsPerAxis`; larger extents get a coarser grid. */
export const DEFAULT_MAX_PIXELS_PER_AXIS = 256;

const label = (value: number) => Number(value.toPrecision(12));

/** The global indices of the first and last pixel centres `(k + 0.5) × resolution` within `[low, high]`. */
function centreRange(low: number, high: number, resolution: number): { first: number; count: number } {
  const first = Math.ceil(low / resolution - 0.5);
  return { first, count: Math.max(0, Math.floor(high / resolution - 0.5) - first + 1) };
}

function centres(low: number, high: number, resolution: number): { first: number; values: number[] } {
  const { first, count } = centreRange(low, high, resolution);
  return { first, values: Array.from({ length: count }, (_, k) => label((first + k + 0.5) * resolution)) };
}

/** How many pixels along x and y the grid of `resolution` has inside an envelope. */
export function gridSides([west, south, east, north]: Envelope, resolution: number): [number, number] {
  return [centreRange(west, east, resolution).count, centreRange(south, north, resolution).count];
}

/**
 * The resolution of the synthetic grid over an envelope: 10 m in projected CRSs and 0.0001° in EPSG:4326 (about
 * Sentinel-2's resolution), doubled until no axis has more than `maxPixels` pixels.
 */
export function syntheticResolution(
  [west, south, east, north]: Envelope,
  epsg: number,
  maxPixels = DEFAULT_MAX_PIXELS_PER_AXIS,
): number {
  let resolution = epsg === 4326 ? 0.0001 : 10;
  const widest = Math.max(east - west, north - south);
  if (!Number.isFinite(widest)) {
    throw cubeFailure("ProcessParameterInvalid", "the spatial extent must be finite.");
  }
  while (widest / resolution > maxPixels) resolution *= 2;
  return resolution;
}

/**
 * The grid of pixel centres of `resolution` inside an envelope. Centres lie on the global grid
 * `(k + 0.5) × resolution`, so one place always gets the same pixel.
 */
export function gridAt([west, south, east, north]: Envelope, resolution: number): SyntheticGrid {
  const x = centres(west, east, resolution);
  const y = centres(south, north, resolution);
  return {
    resolution,
    xs: x.values,
    ys: [...y.values].reverse(),
    column0: x.first,
    row0: y.first + y.values.length - 1,
  };
}
