import type { Observed } from "../observed.js";

/** A CORS preflight: OPTIONS with an Origin and the method it asks about. */
export function isPreflight(exchange: Observed): boolean {
  return (
    exchange.method === "OPTIONS" &&
    exchange.requestHeaders.has("origin") &&
    exchange.requestHeaders.has("access-control-request-method")
  );
}

/**
 * An answer the CORS rules 2 and 3 judge: to a request with an Origin, not a preflight, not an asset download (an
 * asset href may point anywhere; openEO's CORS rules are rules of its API).
 */
export function isCorsAnswer(exchange: Observed): boolean {
  return (
    exchange.status !== undefined &&
    exchange.requestHeaders.has("origin") &&
    exchange.target.kind !== "asset" &&
    !isPreflight(exchange)
  );
}
