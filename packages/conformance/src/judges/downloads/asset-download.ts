import type { DeclaredAsset, Observed } from "../observed.js";

/** The declared asset a GET went to, when it is one. */
export function downloadedAsset(exchange: Observed): DeclaredAsset | undefined {
  return exchange.target.kind === "asset" && exchange.method === "GET" ? exchange.target.asset : undefined;
}

/** Whether the whole body arrived: an answer, and nothing went wrong on the wire. */
export function arrivedWhole(exchange: Observed): boolean {
  return exchange.status !== undefined && exchange.problem === undefined;
}

/** A request that carried no credentials. */
export const anonymous = (exchange: Observed): boolean => !exchange.requestHeaders.has("authorization");

/** A refusal of the credentials (or of their absence). */
export const refused = (status: number | undefined): boolean => status === 401 || status === 403;

/** The assets' checks need a results document with assets, then downloads of them. */
export const NO_DOWNLOAD = "no download of an asset a results document declares went through";
