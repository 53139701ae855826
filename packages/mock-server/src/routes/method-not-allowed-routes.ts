import { Hono } from "hono";
import { OpenEOError } from "../internal/openeo-error.js";
import type { MockEnv } from "../mock-env.js";
import { DOWNLOAD_PREFIX } from "../results/signed-links.js";
import { ENDPOINTS, SYNC_LOGS_PATH } from "./endpoints.js";

/** The paths of one API version's tree. */
export const API_PATHS = [
  ...ENDPOINTS,
  { path: SYNC_LOGS_PATH, methods: ["GET"] },
  { path: `${DOWNLOAD_PREFIX}/{job_id}/{expires}/{signature}/{name}`, methods: ["GET"] },
];

/**
 * Registered after every other route: a method a known path does not serve answers 405 with an `Allow`
 * header (HEAD comes with GET, OPTIONS with every path) instead of the unknown-path 404.
 */
export function methodNotAllowedRoutes(paths: readonly { path: string; methods: string[] }[]): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  for (const { path, methods } of paths) {
    const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
    app.all(path.replace(/\{(\w+)\}/g, ":$1"), (c) => {
      throw new OpenEOError("MethodNotAllowed", `${c.req.method} is not allowed on ${path}; use ${allow}.`, {
        headers: { Allow: allow },
      });
    });
  }
  return app;
}
