import type { BBox } from "./bbox.js";
import type { CollectionInfo } from "./collections.js";
import type { Cube } from "./cube.js";

/**
 * What `load_collection` loads from a collection, as openEO's process description has it: the extents and bands
 * asked for *limit* the data, so the cube is the part of the collection inside them. A box that only partly
 * overlaps is clipped to the collection's; one outside it, an interval outside its time range, or an unknown
 * band leave nothing to load and are reported as problems (the job then ends in `error`).
 */
export function clipToCollection(
  cube: Cube,
  requestedBands: string[] | null,
  collection: CollectionInfo,
): { cube: Cube; problems: string[] } {
  const problems: string[] = [];
  const bbox = clipBBox(cube, collection, problems);
  const temporalExtent = clipInterval(cube.temporalExtent, collection, problems);
  const bands = selectBands(requestedBands, collection, problems);
  return { cube: { ...cube, bbox, temporalExtent, bands }, problems };
}

/** Whether a box has west < east and south < north. */
export function hasArea(box: BBox): boolean {
  return box[0] < box[2] && box[1] < box[3];
}

/** The overlap of two boxes, or undefined when they do not overlap. */
function intersection(a: BBox, b: BBox): BBox | undefined {
  const box: BBox = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return hasArea(box) ? box : undefined;
}

/**
 * A collection box that crosses the antimeridian (west > east) or has no area (`[0, 0, 0, 0]`, as some back-ends
 * write for "unknown") is not clipped against; a projected extent is only checked.
 */
function clipBBox(cube: Cube, collection: CollectionInfo, problems: string[]): BBox {
  const own = collection.bbox;
  if (!hasArea(own)) return cube.bbox;
  const overlap = intersection(cube.bbox, own);
  if (!overlap) {
    problems.push(
      `The spatial extent [${cube.bbox.join(", ")}] lies outside collection '${collection.id}' ([${own.join(", ")}]); there is no data to load.`,
    );
    return cube.bbox;
  }
  return cube.native ? cube.bbox : overlap;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);

function clipInterval(
  interval: Cube["temporalExtent"],
  collection: CollectionInfo,
  problems: string[],
): Cube["temporalExtent"] {
  if (!interval || !collection.temporal) return interval;
  if (interval[0] !== null && interval[1] !== null && interval[0] >= interval[1]) {
    problems.push(
      `The temporal extent [${interval.join(", ")}] is empty: openEO's intervals include their start and exclude their end, so the end must be later than the start.`,
    );
    return interval;
  }
  const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
  const [ownStart, ownEnd] = collection.interval.map(iso) as [string | null, string | null];
  const start = later(interval[0], ownStart);
  const end = earlier(interval[1], ownEnd);
  const empty = start !== null && end !== null && (start > end || (start === end && end === interval[1]));
  if (empty) {
    problems.push(
      `The temporal extent [${interval.join(", ")}] lies outside collection '${collection.id}' ([${collection.interval.join(", ")}]); there is no data to load.`,
    );
    return interval;
  }
  return [start, end];
}

/** The one band of a collection that lists none. */
export const UNNAMED_COLLECTION_BAND = "band_1";

/** Bands asked for by name or by common name (every band with that common name), in the order asked. */
function selectBands(requested: string[] | null, collection: CollectionInfo, problems: string[]): string[] {
  const known = collection.bands;
  if (requested === null)
    return known.length > 0 ? known.map((band) => band.name) : [UNNAMED_COLLECTION_BAND];
  return requested.flatMap((name) => {
    if (known.some((band) => band.name === name)) return [name];
    const common = known.filter((band) => band.common_name === name).map((band) => band.name);
    if (common.length === 0) problems.push(`Band '${name}' is not in collection '${collection.id}'.`);
    return common.length > 0 ? common : [name];
  });
}
