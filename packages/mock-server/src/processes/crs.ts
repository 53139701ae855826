import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type proj4 from "proj4";
import { lazyModule } from "../internal/lazy-module.js";
import type { BBox } from "./bbox.js";

/** A bounding box in a coordinate reference system other than WGS84, by EPSG code. */
export interface NativeExtent {
  epsg: number;
  /** A geographic CRS (degrees) rather than a projected one. */
  geographic: boolean;
  /** west, south, east, north in the CRS's own units. */
  bbox: BBox;
}

/** proj4 and the proj4 definitions of every projected and geographic EPSG CRS, once {@link loadProjection} ran. */
interface Projection {
  proj4: typeof proj4;
  definitions: Map<number, string>;
}

/** The compact EPSG table (`scripts/generate-epsg-table.ts`): gzipped lines of `<code>\t<proj4 definition>`. */
const EPSG_TABLE = new URL("../../data/epsg-proj4.tsv.gz", import.meta.url);
/** Points per box edge projected to WGS84, so that a curved edge still lies inside the box it yields. */
const EDGE_POINTS = 8;
const WGS84 = new Set(["4326", "EPSG:4326", "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "OGC:CRS84"]);

/** Whether a `crs` value names WGS84 (or names nothing): such extents need no projection. */
export function isWgs84(crs: unknown): boolean {
  return crs === undefined || crs === null || WGS84.has(String(crs));
}

/** Parses the EPSG table's lines into code → proj4 definition. */
export function parseEpsgTable(text: string): Map<number, string> {
  const definitions = new Map<number, string>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) definitions.set(Number(line.slice(0, tab)), line.slice(tab + 1));
  }
  return definitions;
}

const projection = lazyModule("The projection library", async (): Promise<Projection> => {
  const [module, table] = await Promise.all([import("proj4"), readFile(EPSG_TABLE)]);
  const text = (await promisify(gunzip)(table)).toString("utf8");
  return { proj4: module.default, definitions: parseEpsgTable(text) };
});

/**
 * Loads proj4 and the EPSG table, once per process: only extents in a CRS other than WGS84 need them, so the
 * mock starts without. Call it before {@link projDefinition} or {@link toWgs84}.
 */
export async function loadProjection(): Promise<void> {
  await projection.load();
}

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

/** The proj4 definition of a projected or geographic EPSG CRS; `undefined` if unknown. Needs {@link loadProjection}. */
export function projDefinition(epsg: number): string | undefined {
  return projection.get().definitions.get(epsg);
}

/** The WGS84 box around a box of another CRS: its edges projected point by point. Needs {@link loadProjection}. */
export function toWgs84(definition: string, [west, south, east, north]: BBox): BBox {
  const forward = projection.get().proj4(definition, "EPSG:4326");
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

/**
 * Whether a process graph names a CRS other than WGS84 anywhere (a `crs` property of any object): then it must
 * wait for {@link loadProjection} before it is analysed. Iterative, so that deep nesting cannot overflow the stack.
 */
export function needsProjection(process: unknown): boolean {
  const pending: unknown[] = [process];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    if (!Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (Object.hasOwn(record, "crs") && !isWgs84(record.crs)) return true;
    }
    for (const item of Object.values(value)) pending.push(item);
  }
  return false;
}
