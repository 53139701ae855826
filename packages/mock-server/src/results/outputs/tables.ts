import type { BBox } from "../../processes/bbox.js";
import { bboxPolygon } from "../../processes/bbox-polygon.js";
import type { ResultGrid } from "./result-grid.js";

const encoder = new TextEncoder();

/** The mean of each band at each date (`[date][band]`, no-data left out, 2 decimals; `null` when all is no-data). */
function means(grid: ResultGrid): (number | null)[][] {
  const plane = grid.width * grid.height;
  return Array.from({ length: Math.max(1, grid.dates.length) }, (_, t) =>
    grid.bands.map((band) => {
      let sum = 0;
      let count = 0;
      for (const value of band.subarray(t * plane, (t + 1) * plane)) {
        if (Number.isNaN(value)) continue;
        sum += value;
        count += 1;
      }
      return count === 0 ? null : Math.round((sum / count) * 100) / 100;
    }),
  );
}

/** The date of plane `t` (`YYYY-MM-DD`), or an empty field when the grid has no time dimension. */
function dateOf(grid: ResultGrid, t: number): string {
  return grid.dates[t]?.slice(0, 10) ?? "";
}

/** CSV with one row per date and band: `date,band,mean` (the spatial mean of the saved cube). */
export function encodeCsv(grid: ResultGrid): Uint8Array<ArrayBuffer> {
  const rows = ["date,band,mean"];
  means(grid).forEach((byBand, t) => {
    grid.bandNames.forEach((band, b) => {
      rows.push(`${dateOf(grid, t)},${band},${byBand[b] ?? ""}`);
    });
  });
  return encoder.encode(`${rows.join("\n")}\n`);
}

/** A GeoJSON FeatureCollection: the extent (`bbox`, WGS84) once per date, with the band means as properties. */
export function encodeGeoJson(grid: ResultGrid, bbox: BBox): Uint8Array<ArrayBuffer> {
  const body = {
    type: "FeatureCollection",
    features: means(grid).map((byBand, t) => ({
      type: "Feature",
      id: grid.dates.length > 0 ? dateOf(grid, t) : "extent",
      geometry: bboxPolygon(bbox),
      properties: Object.fromEntries(grid.bandNames.map((band, b) => [band, byBand[b] ?? null])),
    })),
  };
  return encoder.encode(JSON.stringify(body));
}
