import { Hono } from "hono";
import type { Schema } from "../internal/api-types.js";
import type { MockContext } from "../internal/mock-context.js";
import type { MockEnv } from "../internal/mock-env.js";
import { json } from "../internal/respond.js";
import { methodNotAllowedRoutes } from "./method-not-allowed-routes.js";

/** `GET /.well-known/openeo` at the origin: every API version served, newest first, each `production: true`. */
export function wellKnownRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  app.get("/.well-known/openeo", (c) =>
    json(c, {
      versions: ctx.served.map(({ version, prefix }) => ({
        url: `${ctx.origin(c)}${prefix}`,
        api_version: version,
        production: true,
      })),
    } satisfies Schema<"well_known">),
  );
  app.route("/", methodNotAllowedRoutes([{ path: "/.well-known/openeo", methods: ["GET"] }]));
  return app;
}
