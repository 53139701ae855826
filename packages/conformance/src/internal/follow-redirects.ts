import type { Exchange } from "./probe.js";

/** Hops followed after the first answer, as browsers and curl -L bound them (both allow more). */
export const MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Headers that carry credentials: they never leave the API's origin. */
const CREDENTIALS = new Set(["authorization", "proxy-authorization", "cookie"]);

/** Headers without their credentials, for a request off the API's origin. */
export function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.has(name.toLowerCase())));
}

/** Whether a URL is on the given origin (a URL that does not parse is not). */
export function sameOrigin(url: string, origin: string): boolean {
  return URL.canParse(url) && new URL(url).origin === origin;
}

/**
 * Follows the redirects of an answer (an asset href may send its client on to object storage or a CDN), at most
 * {@link MAX_REDIRECTS} hops, each asked with `ask` and recorded as its own exchange. Credentials go only to the
 * API's `origin`: once a hop leaves it, they are dropped for the rest of the way.
 */
export async function followRedirects(
  first: Exchange,
  headers: Record<string, string>,
  origin: string,
  ask: (url: string, headers: Record<string, string>) => Promise<Exchange>,
): Promise<Exchange> {
  let exchange = first;
  let carried = headers;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const location = exchange.headers.get("location");
    if (exchange.status === undefined || !REDIRECTS.has(exchange.status) || !location) return exchange;
    const next = new URL(location, exchange.url);
    if (next.origin !== origin) carried = withoutCredentials(carried);
    exchange = await ask(next.href, carried);
  }
  return exchange;
}
