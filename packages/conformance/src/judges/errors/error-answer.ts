import { isPreflight } from "../cors/is-preflight.js";
import type { Observed } from "../observed.js";

/**
 * An answer the rules on error bodies (6–8) and on charsets (5) judge: it arrived whole, and it is not an asset
 * download (an asset href may point anywhere; these are rules of openEO's API) nor a CORS preflight.
 */
export function isApiAnswer(exchange: Observed): boolean {
  return (
    exchange.status !== undefined &&
    exchange.body !== undefined &&
    exchange.target.kind !== "asset" &&
    !isPreflight(exchange)
  );
}
