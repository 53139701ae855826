import { createRequire } from "node:module";
import proj4 from "proj4";
import type { BBox } from "./analyse-process.js";

/** A bounding box in a coordinate reference system other than WGS84, by EPSG code. */
export interface NativeExtent {
  epsg: number;
  /** A geographic CRS (degrees) rather than a projected one. */
  geographic: boolean;
  /** west, south, east, north in the CRS's own units. */
  bbox: BBox;
}

const require = createRequire(import.meta.url);
/** Points per box edge projected to WGS84, so that a curved edge still lies inside the box it yields. */
const EDGE_POINTS = 8;
const definitions = new Map<number, string | undefined>();

/**
 * The EPSG code a `crs` value names: `32632`, `"32632"`, `"EPSG:32632"` or an OGC URI ending in the code;
 * `undefined` when it names none.
 */
export function epsgCodeOf(crs: unknown): number | undefined {
  const match = /^(?:EPSG:|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/\d+\/)?(\d{4,6})$/i.exec(
    String(crs).trim(),
  );
  return match ? Number(match[1]) : undefined;
}

/** The proj4 definition of a projected or geographic CRS from the EPSG index (epsg-index); `undefined` if unknown. */
export function projDefinition(epsg: number): string | undefined {
  if (!definitions.has(epsg)) {
    let definition: string | undefined;
    try {
      const entry = require(`epsg-index/s/${epsg}.json`) as { kind?: string; proj4?: string };
      const usable = entry.kind === "CRS-PROJCRS" || entry.kind === "CRS-GEOGCRS";
      definition = usable && entry.proj4 ? entry.proj4 : undefined;
    } catch {
      definition = undefined;
    }
    definitions.set(epsg, definition);
  }
  return definitions.get(epsg);
}

/** The WGS84 box around a box of another CRS: its edges projected point by point. */
export function toWgs84(definition: string, [west, south, east, north]: BBox): BBox {
  const forward = proj4(definition, "EPSG:4326");
  const points: [number, number][] = [];
  for (let i = 0; i <= EDGE_POINTS; i++) {
    const x = west + ((east - west) * i) / EDGE_POINTS;
    const y = south + ((north - south) * i) / EDGE_POINTS;
    points.push([x, south], [x, north], [west, y], [east, y]);
  }
  const projected = points.map((point) => forward.forward(point));
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
