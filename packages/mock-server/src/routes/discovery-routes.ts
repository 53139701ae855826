import { STAC_VERSION } from "@jobkit/spec/facts";
import { type Context, Hono } from "hono";
import type { AnyVersionSchema, Schema } from "../internal/api-types.js";
import type { MockContext } from "../internal/mock-context.js";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { json } from "../internal/respond.js";
import { DEFAULT_PLAN } from "../jobs/job-view.js";
import { collectionItem, collectionPath, itemDates } from "../processes/collection-items.js";
import { type CollectionInfo, collectionDocument } from "../processes/collections.js";
import { engine } from "../processes/compute-value.js";
import { processDocument } from "../processes/process-documents.js";
import { UDF_RUNTIMES } from "../processes/udf-runtimes.js";
import { fileFormatsDocument } from "../results/formats.js";
import { BACKEND_VERSION, conformanceClasses, ENDPOINTS } from "./endpoints.js";
import { listPage } from "./route-helpers.js";

/** `GET /processes` lists every process the engine implements: made at the first request, then kept. */
let processDocuments: ReturnType<typeof processDocument>[] | undefined;

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

/** Public, unauthenticated discovery: well-known, capabilities, conformance, formats, UDF runtimes, processes, collections. */
export function discoveryRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();

  app.get("/", (c) => {
    const base = ctx.base(c);
    const { version } = c.get("api");
    return json(c, {
      api_version: version,
      backend_version: BACKEND_VERSION,
      stac_version: STAC_VERSION,
      type: "Catalog",
      conformsTo: conformanceClasses(version),
      id: "jobkit-mock",
      title: "jobkit mock openEO back-end",
      description: "An in-memory openEO back-end for tests: synthetic data, controllable time and faults.",
      production: true,
      endpoints: ENDPOINTS,
      billing: {
        currency: "credits",
        default_plan: DEFAULT_PLAN,
        plans: [
          { name: "free", description: "Jobs are charged against the user's credit.", paid: false },
          {
            name: "premium",
            description: "Same as free in the mock; exists to test plan handling.",
            paid: true,
          },
        ],
      },
      links: [
        { rel: "self", href: `${base}/`, type: "application/json" },
        { rel: "version-history", href: `${ctx.origin(c)}/.well-known/openeo`, type: "application/json" },
        { rel: "conformance", href: `${base}/conformance`, type: "application/json" },
        { rel: "data", href: `${base}/collections`, type: "application/json" },
      ],
    } satisfies AnyVersionSchema<"capabilities">);
  });

  app.get("/conformance", (c) =>
    json(c, { conformsTo: conformanceClasses(c.get("api").version) } satisfies Schema<"conformance">),
  );
  app.get("/file_formats", (c) => json(c, fileFormatsDocument()));
  app.get("/udf_runtimes", (c) => json(c, UDF_RUNTIMES));
  app.get("/processes", async (c) => {
    processDocuments ??= (await engine.load()).registry.list().map(processDocument);
    const { items, links } = listPage(c, `${ctx.base(c)}/processes`, processDocuments);
    return json(c, { processes: items, links } satisfies Schema<"process_list">);
  });

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
