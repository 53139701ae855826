import type { Context } from "hono";
import type { NodeEnv } from "./node-bindings.js";

/**
 * A request header. Served by @hono/node-server it is read from Node's already parsed `incoming.headers`:
 * `c.req.header()` would first build a web `Headers` object of all of them, the largest single cost of a small
 * request. In process (`app.request`) it is `c.req.header()`.
 */
export function requestHeader<E extends NodeEnv>(c: Context<E>, name: Lowercase<string>): string | undefined {
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
