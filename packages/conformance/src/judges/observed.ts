import type { Evidence } from "../types.js";

/** An asset a results document declares, as the judges of its downloads see it. */
export interface DeclaredAsset {
  /** The asset's key in the results document. */
  readonly key: string;
  readonly type: string | undefined;
  readonly size: number | undefined;
  readonly checksum: string | undefined;
  /**
   * Whether the asset is on the API's origin, where credentials may go: a refusal without them can then be
   * retried with them, and only that retry says whether the download works.
   */
  readonly onApiOrigin: boolean;
}

/**
 * What a request went to: an operation of the openEO API (its path, the contract's template and the api_version
 * that judges it), an asset a results document declared, or anything else.
 */
export type ObservedTarget =
  | {
      readonly kind: "api";
      readonly path: string;
      readonly template: string;
      readonly version: string | undefined;
    }
  | { readonly kind: "asset"; readonly asset: DeclaredAsset }
  | { readonly kind: "other" };

/**
 * One request and its answer as a judge sees it, whoever saw it: a run's probe (which made it) or the proxy
 * (which relayed it). Judges read nothing else, so both hand them the same record.
 */
export interface Observed {
  readonly seq: number;
  readonly method: string;
  readonly url: URL;
  readonly requestHeaders: Headers;
  /** The request's JSON body, when one was sent, kept whole and parses. */
  readonly requestJson: unknown;
  readonly target: ObservedTarget;
  /** Absent when no answer arrived. */
  readonly status: number | undefined;
  readonly responseHeaders: Headers;
  /** The whole body (decoded), or undefined when it did not arrive whole or was too large to judge. */
  readonly body: Uint8Array | undefined;
  /** The body as JSON, when it arrived whole and parses. */
  readonly json: unknown;
  /** How many body bytes the server sent. */
  readonly bodyBytes: number;
  /** SHA-256 (hex) of every body byte, when the body arrived whole (computed for asset downloads only). */
  readonly sha256: string | undefined;
  readonly problem: string | undefined;
  /** When the answer (or the failure) came, in milliseconds since the epoch on the observer's clock. */
  readonly observedAt: number;
  /**
   * The target's own time then, marked by a run that drives the target's clock (a mock on virtual time), whose
   * Date header need not follow it. Absent otherwise.
   */
  readonly targetTime?: number;
  /**
   * True when a run made the request knowing it valid, so that a refusal or no answer breaks the rule of its
   * success status. Absent when the request's validity is unknown (the proxy): only a 2xx answer is judged then.
   */
  readonly madeValid?: true;
  /** The exchange as reports show it (credentials redacted). */
  readonly evidence: Evidence;
}

/** `GET /jobs/j-1 → 500`: an exchange in one phrase for observations. */
export function describeObserved(exchange: Observed): string {
  const answer = exchange.status === undefined ? "no answer" : String(exchange.status);
  return `${exchange.method} ${exchange.url.pathname}${exchange.url.search} → ${answer}`;
}

/** The values of a comma-separated response header, lower-cased. */
export function responseHeaderList(exchange: Observed, name: string): string[] {
  return (exchange.responseHeaders.get(name) ?? "")
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

/** The template of the API operation an exchange went to (`/jobs/{job_id}`), or undefined. */
export function templateOf(exchange: Observed): string | undefined {
  return exchange.target.kind === "api" ? exchange.target.template : undefined;
}
