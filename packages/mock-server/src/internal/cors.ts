import type { MiddlewareHandler } from "hono";

const EXPOSED =
  "Location, OpenEO-Identifier, OpenEO-Costs, Link, Content-Length, Content-Range, Accept-Ranges, Retry-After";
const METHODS = "GET, POST, PATCH, PUT, DELETE, HEAD, OPTIONS";

/**
 * CORS as openEO asks: every response allows the request's origin with credentials and exposes the openEO
 * headers; `OPTIONS` preflights are answered by the route table (204) and get the allow-headers here.
 * Headers are prepared before the handler runs, so every answer built from the context carries them.
 */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("origin");
    c.header("Access-Control-Allow-Origin", origin ?? "*");
    c.header("Access-Control-Expose-Headers", EXPOSED);
    if (origin) {
      c.header("Access-Control-Allow-Credentials", "true");
      c.header("Vary", "Origin");
    }
    if (c.req.method === "OPTIONS") {
      c.header("Access-Control-Allow-Methods", METHODS);
      c.header(
        "Access-Control-Allow-Headers",
        c.req.header("access-control-request-headers") ?? "Authorization, Content-Type, Range",
      );
      c.header("Access-Control-Max-Age", "600");
    }
    await next();
  };
}
