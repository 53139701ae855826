import { type Context, Hono } from "hono";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { json } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { collectionItem, collectionPath, itemDates } from "../processes/collection-items.js";
import { type CollectionInfo, collectionDocument } from "../processes/collections.js";
import { listPage } from "./route-helpers.js";

/** The collection whose id is `path`, else the one with the longest id `path` starts with (then a `/`). */
function collectionAt(collections: readonly CollectionInfo[], path: string): CollectionInfo | undefined {
  let found: CollectionInfo | undefined;
  for (const candidate of collections) {
    if (candidate.id === path) return candidate;
    const prefix = path.startsWith(`${candidate.id}/`);
    if (prefix && candidate.id.length > (found?.id.length ?? -1)) found = candidate;
  }
  return found;
}

/** Items per page of `GET /collections/{id}/items` without `limit`. */
const ITEMS_PAGE = 100;

/** `GET /collections/{id}/items`: a GeoJSON FeatureCollection of one synthetic Item per date, paged. */
function itemsPage(c: Context<MockEnv>, ctx: MockContext, collection: CollectionInfo): Response {
  const base = ctx.base(c);
  const url = `${base}${collectionPath(collection.id)}/items`;
  const dates = itemDates(collection, ctx.clock.now());
  const { items, links } = listPage(c, url, dates, ITEMS_PAGE);
  return json(
    c,
    {
      type: "FeatureCollection",
      features: items.map((time) => collectionItem(collection, time, base)),
      links: [{ rel: "self", href: url, type: "application/geo+json" }, ...links],
      numberMatched: dates.length,
      numberReturned: items.length,
    },
    200,
    { "content-type": "application/geo+json" },
  );
}

/** `GET /collections/{id}/items/{item_id}`: the Item of one date (`YYYY-MM-DD`); another id → 404 NotFound. */
function oneItem(
  c: Context<MockEnv>,
  ctx: MockContext,
  collection: CollectionInfo,
  itemId: string,
): Response {
  const time = itemDates(collection, ctx.clock.now()).find(
    (date) => new Date(date).toISOString().slice(0, 10) === itemId,
  );
  if (time === undefined)
    throw new OpenEOError(
      "NotFound",
      `Collection '${collection.id}' has no item '${itemId}'; GET ${collectionPath(collection.id)}/items lists them.`,
    );
  return json(c, collectionItem(collection, time, ctx.base(c)), 200, {
    "content-type": "application/geo+json",
  });
}

/** Public data discovery: `GET /collections`, `/collections/{id}`, `/collections/{id}/items[/{item_id}]`. */
export function collectionRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();

  app.get("/collections", (c) => {
    const base = ctx.base(c);
    const { items, links } = listPage(c, `${base}/collections`, ctx.options.collections);
    return json(c, {
      collections: items.map((collection) => collectionDocument(collection, base)),
      links: [{ rel: "self", href: `${base}/collections`, type: "application/json" }, ...links],
    } satisfies Schema<"collection_list">);
  });

  // openEO ids may contain "/" (`AAFC/ACI`), which the official clients send unencoded: the collection is the
  // longest known id the path starts with, then `/items` or `/items/{item_id}` may follow
  app.get("/collections/:path{.+}", (c) => {
    const path = c.req.param("path");
    const collection = collectionAt(ctx.options.collections, path);
    const rest = collection ? path.slice(collection.id.length) : "";
    if (!collection || !/^(\/items(\/[^/]+)?)?$/.test(rest)) {
      throw new OpenEOError(
        "CollectionNotFound",
        `Collection '${collection ? path : path.replace(/\/items(\/[^/]*)?$/, "")}' does not exist; GET /collections lists them.`,
      );
    }
    if (rest === "") return json(c, collectionDocument(collection, ctx.base(c)));
    if (rest === "/items") return itemsPage(c, ctx, collection);
    return oneItem(c, ctx, collection, rest.slice("/items/".length));
  });

  return app;
}
