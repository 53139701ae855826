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

function centres(low: number, high: number, resolution: number): { first: number; values: number[] } {
  const first = Math.ceil(low / resolution - 0.5);
  const last = Math.floor(high / resolution - 0.5);
  const values = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) =>
    label((first + k + 0.5) * resolution),
  );
  return { first, values };
}

/**
 * The grid of pixel centres inside an envelope: 10 m in projected CRSs and 0.0001° in EPSG:4326 (about Sentinel-2's
 * resolution), doubled until no axis has more than `maxPixels` pixels. Centres lie on the global grid
 * `(k + 0.5) × resolution`, so one place always gets the same pixel.
 */
export function syntheticGrid(
  [west, south, east, north]: Envelope,
  epsg: number,
  maxPixels = DEFAULT_MAX_PIXELS_PER_AXIS,
): SyntheticGrid {
  let resolution = epsg === 4326 ? 0.0001 : 10;
  const widest = Math.max(east - west, north - south);
  if (!Number.isFinite(widest)) {
    throw cubeFailure("ProcessParameterInvalid", "the spatial extent must be finite.");
  }
  while (widest / resolution > maxPixels) resolution *= 2;
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
