import type { ApiVersion } from "@jobkit/spec/facts";
import { Hono } from "hono";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { accountRoutes } from "./account-routes.js";
import { collectionRoutes } from "./collection-routes.js";
import { discoveryRoutes } from "./discovery-routes.js";
import { downloadRoutes } from "./download-routes.js";
import { jobResultRoutes } from "./job-result-routes.js";
import { jobRoutes } from "./job-routes.js";
import { API_PATHS, methodNotAllowedRoutes } from "./method-not-allowed-routes.js";
import { processGraphRoutes } from "./process-graph-routes.js";
import { syncRoutes } from "./sync-routes.js";
import { validationRoutes } from "./validation-routes.js";

/** Every openEO endpoint of one API version, for mounting at `prefix`; routes read the version from `c.get("api")`. */
export function apiRoutes(ctx: MockContext, version: ApiVersion, prefix: string): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const api = { version, prefix };
  app.use("*", (c, next) => {
    c.set("api", api);
    return next();
  });
  app.route("/", discoveryRoutes(ctx));
  app.route("/", collectionRoutes(ctx));
  app.route("/", accountRoutes(ctx));
  app.route("/", jobRoutes(ctx));
  app.route("/", jobResultRoutes(ctx));
  app.route("/", syncRoutes(ctx));
  app.route("/", validationRoutes(ctx));
  app.route("/", processGraphRoutes(ctx));
  app.route("/", downloadRoutes(ctx));
  app.route("/", methodNotAllowedRoutes(API_PATHS));
  return app;
}
