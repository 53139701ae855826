import { cubeFailure } from "./cube-failure.js";
import { fromLaeaEurope, toLaeaEurope } from "./lambert-azimuthal-equal-area.js";
import { fromUtm, toUtm, type UtmZone } from "./transverse-mercator.js";

/** A point as `[x, y]`: longitude and latitude for EPSG:4326, easting and northing otherwise. */
export type Point = readonly [number, number];

const WEB_MERCATOR_RADIUS = 6378137;
const RAD = Math.PI / 180;

/**
 * The EPSG code of a CRS as openEO writes it: a number, `EPSG:<code>`, a WKT2 text ending in `ID["EPSG",code]`,
 * or PROJJSON with an `id`. Anything else is `ProcessParameterInvalid`.
 */
export function epsgCode(crs: unknown): number {
  if (typeof crs === "number" && Number.isInteger(crs)) return crs;
  if (typeof crs === "string") {
    const match = /^\s*EPSG:(\d+)\s*$/i.exec(crs) ?? /ID\["EPSG",\s*(\d+)\]\]\s*$/.exec(crs);
    if (match) return Number(match[1]);
  }
  if (typeof crs === "object" && crs !== null) {
    const id = (crs as { id?: { authority?: unknown; code?: unknown } }).id;
    if (id?.authority === "EPSG" && typeof id.code === "number") return id.code;
  }
  throw cubeFailure(
    "ProcessParameterInvalid",
    `the CRS ${JSON.stringify(crs)} is not an EPSG code, WKT2 or PROJJSON.`,
  );
}

/** The UTM zone of an EPSG code (WGS84 326xx/327xx, ETRS89 258xx), or `undefined`. */
function utmZone(code: number): UtmZone | undefined {
  const zone = code % 100;
  if (zone < 1 || zone > 60) return undefined;
  if (code - zone === 32600 || code - zone === 25800) return { zone, south: false };
  if (code - zone === 32700) return { zone, south: true };
  return undefined;
}

function unsupported(code: number): Error {
  return cubeFailure(
    "ProcessParameterInvalid",
    `EPSG:${code} cannot be reprojected offline; use EPSG:4326, EPSG:3857, EPSG:3035 or a UTM zone (326xx, 327xx, 258xx).`,
  );
}

function toLonLat(point: Point, code: number): [number, number] {
  if (code === 4326) return [point[0], point[1]];
  if (code === 3857) {
    const lat = (2 * Math.atan(Math.exp(point[1] / WEB_MERCATOR_RADIUS)) - Math.PI / 2) / RAD;
    return [point[0] / WEB_MERCATOR_RADIUS / RAD, lat];
  }
  if (code === 3035) return fromLaeaEurope(point);
  const zone = utmZone(code);
  if (!zone) throw unsupported(code);
  return fromUtm(point, zone);
}

function fromLonLat(point: Point, code: number): [number, number] {
  if (code === 4326) return [point[0], point[1]];
  if (code === 3857) {
    const y = Math.log(Math.tan(Math.PI / 4 + (point[1] * RAD) / 2)) * WEB_MERCATOR_RADIUS;
    return [point[0] * RAD * WEB_MERCATOR_RADIUS, y];
  }
  if (code === 3035) return toLaeaEurope(point);
  const zone = utmZone(code);
  if (!zone) throw unsupported(code);
  return toUtm(point, zone);
}

/** Reprojects one point between two EPSG codes (through WGS84 longitude/latitude). */
export function reproject(point: Point, from: number, to: number): [number, number] {
  if (from === to) return [point[0], point[1]];
  return fromLonLat(toLonLat(point, from), to);
}
