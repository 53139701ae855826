import type { BBox } from "../../processes/bbox.js";

/**
 * A raster cube as the file writers take it: one `Float32Array` per band, each `max(1, dates.length) × height ×
 * width` values, row-major (t, y, x), north-up, no-data as `NaN`.
 */
export interface ResultGrid {
  readonly width: number;
  readonly height: number;
  /** The EPSG code of the CRS the x and y labels are in. */
  readonly epsg: number;
  /** West, south, east, north: the outer edges of the outer pixels, in the CRS's units. */
  readonly bbox: BBox;
  readonly bandNames: readonly string[];
  /**
   * The instants of the time dimension (RFC 3339): its labels, or the start of each period when they name
   * calendar periods (`aggregate_temporal_period`); empty when the cube has none.
   */
  readonly dates: readonly string[];
  /** The openEO labels of those periods (`2020-06`, `2020-djf`), one per date, when the labels name periods. */
  readonly periods?: readonly string[];
  readonly bands: readonly Float32Array[];
}

/**
 * A grid whose values are written where a writer wants them, when it wants them: a {@link ResultGrid} without
 * `bands`, with `fillBand` instead, so that a large cube needs no `Float32Array` of its own on its way to a file.
 */
export interface GridSource extends Omit<ResultGrid, "bands"> {
  /** Writes the values of band `band` (`max(1, dates.length) × height × width`, as in `bands`) into `out` from `offset`. */
  fillBand(band: number, out: Float32Array, offset: number): void;
}

/** The source of a grid whose bands are in memory. */
export function sourceOfGrid({ bands, ...grid }: ResultGrid): GridSource {
  return { ...grid, fillBand: (band, out, offset) => out.set(bands[band] as Float32Array, offset) };
}

/** The grid at one date (`index` into `dates`): the same bands, one plane each (views, not copies). */
export function gridAtDate(grid: ResultGrid, index: number): ResultGrid {
  const plane = grid.width * grid.height;
  return {
    ...grid,
    dates: grid.dates.slice(index, index + 1),
    ...(grid.periods ? { periods: grid.periods.slice(index, index + 1) } : {}),
    bands: grid.bands.map((band) => band.subarray(index * plane, (index + 1) * plane)),
  };
}
