import { DEFAULT_EXTENT } from "../default-processes.js";
import { isObject, type JsonObject } from "./scenarios/answers.js";
import type { Session } from "./session.js";

/** Output formats the kit can parse, in the order it prefers them. */
const PREFERRED_FORMATS = ["GTiff", "JSON", "PNG"];
/** A collection id no back-end has: loading it fails while the job runs. */
export const UNKNOWN_COLLECTION = "jobkit_conformance_no_such_collection";
/**
 * Half the side of the square the jobs load, in degrees: 0.01° is about 1 km, 110 pixels of 10 m, enough for a
 * real file while keeping the jobs cheap for the back-end (and the kit's downloads small).
 */
const HALF_SIDE = 0.005;
const DAY_MS = 86_400_000;
const SPAN_DAYS = 5;

/** The processes a run uses and, when the kit chose them, what it chose and why. */
export interface ChosenProcesses {
  process: Record<string, unknown>;
  failingProcess: Record<string, unknown>;
  /** What was chosen, in words, for the reports. */
  summary: string;
}

function graph(load: JsonObject, format: string): Record<string, unknown> {
  return {
    process_graph: {
      load: { process_id: "load_collection", arguments: load },
      save: { process_id: "save_result", arguments: { data: { from_node: "load" }, format }, result: true },
    },
  };
}

/** The server's spelling of the first preferred format it can write, else of its first output format. */
function chooseFormat(formats: JsonObject): string | undefined {
  const names = isObject(formats.output) ? Object.keys(formats.output) : [];
  for (const wanted of PREFERRED_FORMATS) {
    const found = names.find((name) => name.toLowerCase() === wanted.toLowerCase());
    if (found) return found;
  }
  return names[0];
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A small square in the middle of the collection's first bounding box. */
function spatialExtent(collection: JsonObject): JsonObject {
  const spatial = isObject(collection.extent) ? collection.extent.spatial : undefined;
  const bbox = isObject(spatial) && Array.isArray(spatial.bbox) ? spatial.bbox[0] : undefined;
  // A 3D box is [west, south, min height, east, north, max height].
  const corners = Array.isArray(bbox)
    ? (bbox.length === 6 ? [0, 1, 3, 4] : [0, 1, 2, 3]).map((i) => bbox[i])
    : [];
  const numbers = corners.filter(finite);
  if (numbers.length < 4) return { ...DEFAULT_EXTENT };
  const [w = 0, s = 0, e = 0, n = 0] = numbers;
  const half = Math.min(HALF_SIDE, (e - w) / 2, (n - s) / 2);
  const [x, y] = [(w + e) / 2, (s + n) / 2];
  return { west: x - half, south: y - half, east: x + half, north: y + half };
}

/**
 * Five days (one observation of a 5-day revisit: one file per save_result) from the start of the collection's first
 * interval (or up to its end), as dates; at least one day, as openEO's temporal intervals need two distinct dates.
 */
function temporalExtent(collection: JsonObject): [string, string] {
  const temporal = isObject(collection.extent) ? collection.extent.temporal : undefined;
  const interval = isObject(temporal) && Array.isArray(temporal.interval) ? temporal.interval[0] : undefined;
  const [start, end] = (Array.isArray(interval) ? interval : []).map((value) =>
    typeof value === "string" && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : undefined,
  );
  const from = start ?? (end !== undefined ? end - SPAN_DAYS * DAY_MS : Date.UTC(2024, 5, 1));
  const to = Math.min(from + SPAN_DAYS * DAY_MS, end ?? Number.POSITIVE_INFINITY);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(from), day(Math.max(to, from + DAY_MS))];
}

/**
 * Chooses the jobs' process from what the back-end offers: the first collection of `GET /collections` (a
 * small square and five days from its own extent) saved in the first of GTiff, JSON, PNG that
 * `GET /file_formats` lists. The failing process loads an unknown collection in the same format. Returns
 * undefined when the back-end lists no collection or no output format.
 */
export async function chooseProcesses(s: Session): Promise<ChosenProcesses | undefined> {
  const listed = await s.api("GET", "/collections", { auth: "none" });
  const formats = await s.api("GET", "/file_formats", { auth: "none" });
  const collections =
    isObject(listed.json) && Array.isArray(listed.json.collections) ? listed.json.collections : [];
  const collection = collections.find(
    (item): item is JsonObject => isObject(item) && typeof item.id === "string",
  );
  const format = isObject(formats.json) ? chooseFormat(formats.json) : undefined;
  if (!collection || !format) return undefined;
  const spatial = spatialExtent(collection);
  const temporal = temporalExtent(collection);
  const load = { id: collection.id, spatial_extent: spatial, temporal_extent: temporal };
  const box = [spatial.west, spatial.south, spatial.east, spatial.north].map((n) => Number(n).toFixed(3));
  return {
    process: graph(load, format),
    failingProcess: graph({ ...load, id: UNKNOWN_COLLECTION }, format),
    summary: `load ${String(collection.id)} (bbox ${box.join(", ")}; ${temporal.join(" to ")}) and save ${format}, chosen from GET /collections and GET /file_formats`,
  };
}
