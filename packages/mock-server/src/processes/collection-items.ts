import { STAC_VERSION } from "@jobkit/spec/facts";
import { bboxPolygon } from "./bbox-polygon.js";
import type { CollectionInfo } from "./collections.js";

const DAY_MS = 86_400_000;

/** The most Items a collection has, however long its temporal extent. */
export const MAX_ITEMS = 1000;

/** A synthetic STAC Item of `GET /collections/{id}/items`: a GeoJSON Feature over the collection's bbox. */
export interface CollectionItem {
  type: "Feature";
  stac_version: string;
  stac_extensions: string[];
  id: string;
  collection: string;
  bbox: [number, number, number, number];
  geometry: ReturnType<typeof bboxPolygon>;
  properties: { datetime: string };
  assets: Record<string, never>;
  links: { rel: string; href: string; type: string }[];
}

/** The path of a collection under an API base, its id's `/` kept (openEO ids may have them). */
export function collectionPath(id: string): string {
  return `/collections/${id.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The dates of a collection's Items, as epoch ms: one per observation, every `stepDays` days from the start of its temporal extent to its end
 * (`now` when open), at most {@link MAX_ITEMS}; one date (its start, else its end, else `now`) when it has no
 * time dimension or no start.
 */
export function itemDates(collection: CollectionInfo, now: number): number[] {
  const [start, end] = collection.interval.map((date) => (date === null ? undefined : Date.parse(date)));
  if (!collection.temporal || start === undefined) return [start ?? end ?? now];
  const step = collection.stepDays * DAY_MS;
  const count = Math.min(MAX_ITEMS, Math.floor(Math.max(0, (end ?? now) - start) / step) + 1);
  return Array.from({ length: count }, (_, index) => start + index * step);
}

/** The Item of `collection` at `time` (epoch ms), linked under `base` (the API's URL). */
export function collectionItem(collection: CollectionInfo, time: number, base: string): CollectionItem {
  const datetime = new Date(time).toISOString();
  const id = datetime.slice(0, 10);
  const parent = `${base}${collectionPath(collection.id)}`;
  return {
    type: "Feature",
    stac_version: STAC_VERSION,
    stac_extensions: [],
    id,
    collection: collection.id,
    bbox: collection.bbox,
    geometry: bboxPolygon(collection.bbox),
    properties: { datetime },
    assets: {},
    links: [
      { rel: "self", href: `${parent}/items/${id}`, type: "application/geo+json" },
      { rel: "parent", href: parent, type: "application/json" },
      { rel: "collection", href: parent, type: "application/json" },
      { rel: "root", href: `${base}/`, type: "application/json" },
    ],
  };
}
