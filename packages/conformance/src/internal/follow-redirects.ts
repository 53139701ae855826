import type { Exchange } from "./probe.js";

/** Hops followed after the first answer, as browsers and curl -L bound them (both allow more). */
export const MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"),
  );
}

/**
 * Follows the redirects of an answer (an asset href may send its client on to object storage or a CDN), at most
 * {@link MAX_REDIRECTS} hops, each asked with `ask` and recorded as its own exchange. Credentials go only to the
 * origin they were given for: once a hop leaves it, `Authorization` is dropped for the rest of the way.
 */
export async function followRedirects(
  first: Exchange,
  headers: Record<string, string>,
  ask: (url: string, headers: Record<string, string>) => Promise<Exchange>,
): Promise<Exchange> {
  const origin = first.url.origin;
  let exchange = first;
  let carried = headers;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const location = exchange.headers.get("location");
    if (exchange.status === undefined || !REDIRECTS.has(exchange.status) || !location) return exchange;
    const next = new URL(location, exchange.url);
    if (next.origin !== origin) carried = withoutAuthorization(carried);
    exchange = await ask(next.href, carried);
  }
  return exchange;
}
