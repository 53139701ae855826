import { Hono } from "hono";
import type { Schema } from "../internal/api-types.js";
import { json } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { methodNotAllowedRoutes } from "./method-not-allowed-routes.js";

/**
 * `GET /.well-known/openeo` at the origin: every API version served, each `production: true`, oldest first as
 * openEO's own example lists them, so that tools taking the last entry (the official test suite does) get the
 * newest; the official clients pick the highest version whatever the order. Each URL ends with a slash, as
 * deployed back-ends list them (the official test suite appends paths to it without one).
 */
export function wellKnownRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  app.get("/.well-known/openeo", (c) =>
    json(c, {
      versions: [...ctx.served].reverse().map(({ version, prefix }) => ({
        url: `${ctx.origin(c)}${prefix}/`,
        api_version: version,
        production: true,
      })),
    } satisfies Schema<"well_known">),
  );
  app.route("/", methodNotAllowedRoutes([{ path: "/.well-known/openeo", methods: ["GET"] }]));
  return app;
}
