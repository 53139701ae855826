import type { MiddlewareHandler } from "hono";

const EXPOSED =
  "Location, OpenEO-Identifier, OpenEO-Costs, Link, Content-Length, Content-Range, Accept-Ranges, Retry-After";
const METHODS = "GET, POST, PATCH, PUT, DELETE, HEAD, OPTIONS";

/**
 * CORS as openEO asks: every response allows the request's origin with credentials and exposes the openEO
 * headers; `OPTIONS` preflights are answered by the route table (204) and get the allow-headers here.
 */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("Access-Control-Allow-Origin", c.req.header("origin") ?? "*");
    headers.set("Access-Control-Expose-Headers", EXPOSED);
    if (c.req.header("origin")) {
      headers.set("Access-Control-Allow-Credentials", "true");
      headers.append("Vary", "Origin");
    }
    if (c.req.method === "OPTIONS") {
      headers.set("Access-Control-Allow-Methods", METHODS);
      headers.set(
        "Access-Control-Allow-Headers",
        c.req.header("access-control-request-headers") ?? "Authorization, Content-Type, Range",
      );
      headers.set("Access-Control-Max-Age", "600");
    }
  };
}
