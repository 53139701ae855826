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
