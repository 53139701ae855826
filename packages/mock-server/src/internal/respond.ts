import type { Context } from "hono";
import { requestHeader } from "./request-header.js";

const EXPOSED =
  "Location, OpenEO-Identifier, OpenEO-Costs, Link, Content-Length, Content-Range, Accept-Ranges, Retry-After";
const METHODS = "GET, POST, PATCH, PUT, DELETE, HEAD, OPTIONS";

type HeaderRecord = Record<string, string>;

/**
 * CORS as openEO asks, on every answer to a request with an `Origin`: that origin (with credentials) and the
 * openEO headers exposed; none without an `Origin` (openEO: SHOULD NOT). Answers are built with plain header
 * objects (no `Headers` instances), which is what keeps @hono/node-server on its fast path.
 */
function corsHeaders(c: Context): HeaderRecord {
  const origin = requestHeader(c, "origin");
  if (!origin) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": EXPOSED,
    vary: "Origin",
  };
}

/** Adds `extra` to `base` with lower-cased names, so no header appears twice in different cases. */
function merge(base: HeaderRecord, extra: HeaderRecord): HeaderRecord {
  for (const name in extra) base[name.toLowerCase()] = extra[name] as string;
  return base;
}

/** A JSON answer (`application/json` unless `headers` says otherwise). */
export function json(c: Context, body: unknown, status = 200, headers: HeaderRecord = {}): Response {
  const base = corsHeaders(c);
  base["content-type"] = "application/json";
  return new Response(JSON.stringify(body), { status, headers: merge(base, headers) });
}

/** An answer without a body (204, or 201/202 with `Content-Length: 0`). */
export function empty(c: Context, status: 200 | 201 | 202 | 204, headers: HeaderRecord = {}): Response {
  const length: HeaderRecord = status === 204 ? {} : { "content-length": "0" };
  // "" rather than null for 201/202: @hono/node-server writes a string body straight out, while a null body
  // makes it build a full web Response first. 204 must have a null body.
  return new Response(status === 204 ? null : "", {
    status,
    headers: merge({ ...corsHeaders(c), ...length }, headers),
  });
}

/** An answer with bytes or a stream; `headers` must carry the Content-Type. */
export function send(c: Context, body: BodyInit | null, status: number, headers: HeaderRecord): Response {
  return new Response(body, { status, headers: merge(corsHeaders(c), headers) });
}

/**
 * The answer to `OPTIONS`: 204 with the allowed methods in `Allow`, and for a CORS preflight (an `Origin`) the
 * allowed origin, methods and headers.
 */
export function preflight(c: Context): Response {
  if (!requestHeader(c, "origin")) return new Response(null, { status: 204, headers: { allow: METHODS } });
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(c),
      "access-control-allow-methods": METHODS,
      "access-control-allow-headers":
        c.req.header("access-control-request-headers") ?? "Authorization, Content-Type, Range",
      "access-control-max-age": "600",
    },
  });
}
