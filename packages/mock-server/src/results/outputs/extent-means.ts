import { DataCube } from "@jobkit/processes";
import type { BBox } from "../../processes/bbox.js";
import { bboxPolygon } from "../../processes/bbox-polygon.js";
import type { ResultGrid } from "./result-grid.js";

/** The mean of band `band` on plane `t` (no-data left out; `NaN` when all of it is no-data). */
function planeMean(band: Float32Array, t: number, plane: number): number {
  let sum = 0;
  let count = 0;
  for (const value of band.subarray(t * plane, (t + 1) * plane)) {
    if (Number.isNaN(value)) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? Number.NaN : sum / count;
}

/**
 * A raster grid summarised as a vector cube `(geometry, t, bands)` for the vector formats (GeoJSON, GeoParquet):
 * one polygon, the job's extent (`bbox`, WGS84), with each band's spatial mean on every date (one plane, without
 * `t`, when the grid has no dates).
 */
export function extentMeans(grid: ResultGrid, bbox: BBox): DataCube {
  const plane = grid.width * grid.height;
  const planes = Math.max(1, grid.dates.length);
  const values = new Float64Array(planes * grid.bandNames.length);
  for (let t = 0; t < planes; t++) {
    grid.bands.forEach((band, b) => {
      values[t * grid.bandNames.length + b] = planeMean(band, t, plane);
    });
  }
  const geometry = {
    name: "geometry",
    type: "geometry" as const,
    labels: [0],
    referenceSystem: 4326,
    geometries: [bboxPolygon(bbox)],
  };
  const bands = { name: "bands", type: "bands" as const, labels: grid.bandNames };
  const dimensions =
    grid.dates.length > 0
      ? [geometry, { name: "t", type: "temporal" as const, labels: grid.dates }, bands]
      : [geometry, bands];
  return new DataCube(dimensions, values);
}
