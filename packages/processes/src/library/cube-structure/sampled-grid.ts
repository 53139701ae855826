import { cubeFailure } from "../../cube/cube-failure.js";
import { cubeCellLimit } from "../../cube/cube-index.js";
import type { Envelope } from "../../cube/pixel-geometry.js";
import { gridAt, gridSides, type SyntheticGrid, syntheticResolution } from "../../cube/synthetic-grid.js";
import type { ProcessContext } from "../../process-entry.js";

/** What a synthetic load stacks on each pixel: its process and source, and how many dates (0: no `t`) and bands. */
export interface LoadLayers {
  readonly process: string;
  readonly source: string;
  readonly dates: number;
  readonly bands: number;
}

const unitOf = (resolution: number, epsg: number) =>
  epsg === 4326 ? `${Number(resolution.toPrecision(12))}°` : `${Number(resolution.toPrecision(12))} m`;

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** The resolution the grid is coarsened to: doubled while the cube exceeds `limit` and each axis keeps a pixel. */
function coarsened(envelope: Envelope, resolution: number, layers: number, limit: number): number {
  let sampled = resolution;
  for (;;) {
    const [columns, rows] = gridSides(envelope, sampled);
    if (columns * rows * layers <= limit || columns * rows <= 1) return sampled;
    const [nextColumns, nextRows] = gridSides(envelope, sampled * 2);
    if (nextColumns === 0 || nextRows === 0) return sampled;
    sampled *= 2;
  }
}

/**
 * The grid of a synthetic load over an envelope. It has the resolution of `syntheticResolution` (at most
 * `context.maxPixelsPerAxis` pixels an axis) unless the cube, its dates × bands on every pixel, would then hold
 * more than `context.maxCubeCells` cells: then the resolution is doubled until the cube fits, as a back-end
 * serving an overview level would, and a warning names both resolutions and the limit. The dates and bands are
 * never sampled, and each axis keeps at least one pixel (the coarsest grid that still has x and y); a load that
 * does not fit even then is refused with `CubeTooLarge` naming the limit.
 */
export function sampledGrid(
  envelope: Envelope,
  epsg: number,
  { process, source, dates, bands }: LoadLayers,
  context: ProcessContext,
): SyntheticGrid {
  const limit = cubeCellLimit(context);
  const layers = Math.max(dates, 1) * bands;
  const asked = syntheticResolution(envelope, epsg, context.maxPixelsPerAxis);
  const resolution = coarsened(envelope, asked, layers, limit);
  const [columns, rows] = gridSides(envelope, resolution);
  const stack = `${dates > 0 ? `${counted(dates, "date")} × ` : ""}${counted(bands, "band")}`;
  if (columns * rows * layers > limit) {
    throw cubeFailure(
      "CubeTooLarge",
      `${process}: '${source}' would hold ${columns * rows * layers} cells (${stack}) even on ${columns} × ${rows} pixels of ${unitOf(resolution, epsg)}, more than the limit of ${limit}; use a shorter temporal extent or fewer bands.`,
    );
  }
  if (resolution !== asked) {
    const [askedColumns, askedRows] = gridSides(envelope, asked);
    context.warn(
      `${process}: '${source}' is loaded at ${unitOf(resolution, epsg)} instead of ${unitOf(asked, epsg)} (${columns} × ${rows} pixels instead of ${askedColumns} × ${askedRows}): its ${stack} at ${unitOf(asked, epsg)} would hold ${askedColumns * askedRows * layers} cells, more than the limit of ${limit} cells a cube may hold, so the synthetic data are sampled on a coarser grid.`,
    );
  }
  return gridAt(envelope, resolution);
}
