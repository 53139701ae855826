import { REVISIT_DAYS } from "@jobkit/processes/calendar";
import type { CollectionInfo } from "./collections.js";
import { stepDays } from "./step-days.js";

/** A problem at a JSON pointer inside the collection (`/extent/spatial/bbox/0`). */
export interface CollectionProblem {
  pointer: string;
  message: string;
}

type Band = CollectionInfo["bands"][number];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is string | null {
  return value === null || (typeof value === "string" && !Number.isNaN(Date.parse(value)));
}

/** The first box of `extent.spatial.bbox` as west, south, east, north (a 6-number box drops its heights). */
function readBBox(extent: unknown, problems: CollectionProblem[]): CollectionInfo["bbox"] | undefined {
  const boxes = isObject(extent) && isObject(extent.spatial) ? extent.spatial.bbox : undefined;
  const first: unknown = Array.isArray(boxes) ? boxes[0] : undefined;
  if (!Array.isArray(boxes) || boxes.length === 0) {
    problems.push({ pointer: "/extent/spatial/bbox", message: "expected an array of bounding boxes" });
    return undefined;
  }
  const numbers = Array.isArray(first) && first.every((n) => typeof n === "number" && Number.isFinite(n));
  if (!numbers || (first.length !== 4 && first.length !== 6)) {
    problems.push({ pointer: "/extent/spatial/bbox/0", message: "expected 4 or 6 numbers" });
    return undefined;
  }
  const [west, south, , east, north] =
    first.length === 6 ? first : [first[0], first[1], 0, first[2], first[3]];
  const inRange = [west, east].every((x) => x >= -180 && x <= 180) && south >= -90 && north <= 90;
  if (!inRange || south > north) {
    problems.push({
      pointer: "/extent/spatial/bbox/0",
      message: "expected WGS84 west, south, east, north with -90 ≤ south ≤ north ≤ 90 and longitudes in ±180",
    });
    return undefined;
  }
  return [west, south, east, north];
}

function readInterval(
  extent: unknown,
  problems: CollectionProblem[],
): CollectionInfo["interval"] | undefined {
  const intervals = isObject(extent) && isObject(extent.temporal) ? extent.temporal.interval : undefined;
  const first: unknown = Array.isArray(intervals) ? intervals[0] : undefined;
  if (!Array.isArray(first) || first.length !== 2 || !first.every(isTime)) {
    problems.push({
      pointer: "/extent/temporal/interval/0",
      message: "expected [start, end], each an RFC 3339 date-time or null",
    });
    return undefined;
  }
  const [start, end] = first as [string | null, string | null];
  if (start !== null && end !== null && Date.parse(start) > Date.parse(end)) {
    problems.push({ pointer: "/extent/temporal/interval/0", message: "the start is after the end" });
    return undefined;
  }
  return [start, end];
}

/** Band metadata from `summaries["eo:bands"]` (or STAC 1.1 `summaries.bands`), by name. */
function summaryBands(summaries: unknown, problems: CollectionProblem[]): Band[] | undefined {
  if (!isObject(summaries)) return undefined;
  const key = "eo:bands" in summaries ? "eo:bands" : "bands" in summaries ? "bands" : undefined;
  if (key === undefined) return undefined;
  const list = summaries[key];
  const bad = Array.isArray(list)
    ? list.findIndex((band) => !isObject(band) || typeof band.name !== "string")
    : -1;
  if (!Array.isArray(list) || bad >= 0) {
    const pointer = `/summaries/${key.replace("/", "~1")}${bad >= 0 ? `/${bad}/name` : ""}`;
    problems.push({ pointer, message: "expected band objects, each with a string name" });
    return undefined;
  }
  return list.map((band) => {
    const { name, common_name, center_wavelength } = band as Record<string, unknown>;
    return {
      name: name as string,
      ...(typeof common_name === "string" && { common_name }),
      ...(typeof center_wavelength === "number" && { center_wavelength }),
    };
  });
}

/** The band names of the first `cube:dimensions` entry of type `bands`, when it lists them. */
function dimensionBands(dimensions: unknown, problems: CollectionProblem[]): string[] | undefined {
  if (!isObject(dimensions)) return undefined;
  const entry = Object.entries(dimensions).find(([, value]) => isObject(value) && value.type === "bands");
  if (!entry) return undefined;
  const [name, dimension] = entry as [string, Record<string, unknown>];
  const { values } = dimension;
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || !values.every((value) => typeof value === "string")) {
    problems.push({ pointer: `/cube:dimensions/${name}/values`, message: "expected an array of band names" });
    return undefined;
  }
  return values;
}

/** The bands in the cube's order, with the summaries' metadata where they name the same band. */
function readBands(collection: Record<string, unknown>, problems: CollectionProblem[]): Band[] {
  const described = summaryBands(collection.summaries, problems) ?? [];
  const names = dimensionBands(collection["cube:dimensions"], problems);
  if (!names) return described;
  return names.map((name) => described.find((band) => band.name === name) ?? { name });
}

/** The name and description of the first temporal dimension of `cube:dimensions`, when there is one. */
function temporalDimension(dimensions: unknown): [string, Record<string, unknown>] | undefined {
  if (!isObject(dimensions)) return undefined;
  const found = Object.entries(dimensions).find(([, value]) => isObject(value) && value.type === "temporal");
  return found as [string, Record<string, unknown>] | undefined;
}

function hasTime(collection: Record<string, unknown>): boolean {
  const dimensions = collection["cube:dimensions"];
  return !isObject(dimensions) || temporalDimension(dimensions) !== undefined;
}

/** The cadence in days that the temporal dimension's `step` gives (the default without one). */
function readStepDays(
  collection: Record<string, unknown>,
  problems: CollectionProblem[],
): number | undefined {
  const [name, dimension] = temporalDimension(collection["cube:dimensions"]) ?? [];
  const days = stepDays(dimension?.step);
  if (days === undefined) {
    problems.push({
      pointer: `/cube:dimensions/${name}/step`,
      message: `${JSON.stringify(dimension?.step)} is not a whole number of days: the mock's synthetic data observe every n days, so give P<n>D (or P<n>W, PT<24·n>H), or null for every ${REVISIT_DAYS} days`,
    });
  }
  return days;
}

/**
 * Reads what the mock needs from a STAC Collection: id, extents, bands (from `cube:dimensions`, else
 * `summaries["eo:bands"]`), the cadence of its dates (the temporal dimension's `step`, see {@link stepDays}).
 * Either the collection's info, or the problems found, each at a JSON pointer.
 */
export function readCollection(value: unknown): { info?: CollectionInfo; problems: CollectionProblem[] } {
  if (!isObject(value)) return { problems: [{ pointer: "", message: "expected a STAC Collection object" }] };
  const problems: CollectionProblem[] = [];
  const { id, title, description } = value;
  if (typeof id !== "string" || id === "")
    problems.push({ pointer: "/id", message: "expected a non-empty string" });
  const bbox = readBBox(value.extent, problems);
  const interval = readInterval(value.extent, problems);
  const bands = readBands(value, problems);
  const step = readStepDays(value, problems);
  if (problems.length > 0 || !bbox || !interval || step === undefined) return { problems };
  const info: CollectionInfo = {
    id: id as string,
    title: typeof title === "string" ? title : (id as string),
    description: typeof description === "string" ? description : "",
    bbox,
    interval,
    bands,
    temporal: hasTime(value),
    stepDays: step,
    document: value,
  };
  return { info, problems };
}
