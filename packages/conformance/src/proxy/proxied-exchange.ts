/** One request through the proxy and what came back from the upstream, as the judges see it. */
export interface ProxiedExchange {
  readonly seq: number;
  readonly startedAt: string;
  readonly method: string;
  /** The URL on the upstream (the proxy forwards path and query unchanged). */
  readonly upstreamUrl: URL;
  readonly requestHeaders: Headers;
  /** The request body up to the validation cap. */
  readonly requestBody: Uint8Array;
  readonly requestBodyBytes: number;
  /** Absent when no answer arrived (unreachable, reset, garbage, budget spent before the headers). */
  readonly status: number | undefined;
  /** The upstream's headers, before any rewrite. */
  readonly responseHeaders: Headers;
  /** The upstream's body, decoded, up to the validation cap; empty when it was longer or did not complete. */
  readonly responseBody: Uint8Array;
  /** How many body bytes the upstream sent (as sent, before decoding). */
  readonly responseBodyBytes: number;
  /** The body arrived whole and fits the validation cap. */
  readonly bodyJudgeable: boolean;
  /** SHA-256 (hex) of every body byte the upstream sent, when the body arrived whole. */
  readonly sha256: string | undefined;
  readonly durationMs: number;
  /** What went wrong on the wire, in one sentence. */
  readonly problem: string | undefined;
  /** Who the problem is on: the upstream (no answer, reset, budget) or the client (it went away). */
  readonly problemSide: "client" | "server" | undefined;
}
