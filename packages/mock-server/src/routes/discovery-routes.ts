import { STAC_VERSION } from "@jobkit/spec/facts";
import { Hono } from "hono";
import type { AnyVersionSchema, Schema } from "../internal/api-types.js";
import { json, send } from "../internal/respond.js";
import { DEFAULT_PLAN } from "../jobs/job-view.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { UDF_RUNTIMES } from "../processes/udf-runtimes.js";
import { fileFormatsDocument } from "../results/formats.js";
import { BACKEND_VERSION, conformanceClasses, ENDPOINTS } from "./endpoints.js";

/** Public, unauthenticated discovery: capabilities, conformance, formats, UDF runtimes, processes (collections: collection-routes). */
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
  // Never paginated (openEO makes pagination optional): the official JS client asks `limit=50` and builds from page one.
  app.get("/processes", async (c) => {
    await ctx.processes.load();
    // `{ processes, links: [] }` (a process_list) with the list serialised once: it is large and never changes
    const body = `{"processes":${ctx.processes.documentsJson()},"links":[]}`;
    return send(c, body, 200, { "content-type": "application/json" });
  });

  return app;
}
