/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  /** HTTP method, case-insensitive; `HEAD` requests only match `HEAD`. */
  method?: string;
  /** Exact path or a glob: `*` matches within one path segment, `**` across segments. */
  path?: string;
  /** The user the request authenticates as (for downloads: the job's owner). */
  user?: string;
  /** The job id in the path (`/jobs/{id}...` or a download link of that job). */
  jobId?: string;
}

/** What a fault does. */
export type FaultAction =
  | { type: "error"; status: number; code?: string; message?: string; retryAfter?: number }
  | { type: "delay"; ms: number }
  | { type: "reset" }
  | { type: "truncate"; bytes: number }
  | { type: "malformed-json" }
  | {
      type: "override";
      status?: number;
      headers?: { set?: Record<string, string>; remove?: string[] };
      body?: { set?: Record<string, unknown>; remove?: string[] };
    }
  | { type: "job-outcome"; outcome: "error" | "partial" | "slow" }
  | { type: "asset"; mode: "missing" | "corrupt" | "mislabel" }
  | { type: "token-weakness"; weakness: TokenWeakness };

/**
 * A bug in checking bearer tokens, as real back-ends have had them (for proving that a client or the kit
 * notices): `no-expiry` accepts expired JWTs; `alg-none` accepts unsigned JWTs (`alg: none`); `embedded-jwk`
 * verifies with a key the token carries in its `jwk` header; `signature-cache` accepts a token whose signature
 * it verified before and reads the claims from its (possibly edited) payload; `basic-name` accepts
 * `basic//<base64 of a user name>` as that user.
 */
export type TokenWeakness = "no-expiry" | "alg-none" | "embedded-jwk" | "signature-cache" | "basic-name";

/** A fault as given to `faults.add` or `POST /_jobkit/faults`. */
export interface FaultSpec {
  match?: FaultMatch;
  /** Let this many matching requests through untouched first (default 0): `skip: 1` hits the 2nd match. */
  skip?: number;
  /** Apply at most this many times, then the fault is removed (default: unlimited). */
  times?: number;
  /** Chance in [0, 1] that a matching request is hit, drawn from the seeded generator (default 1). */
  probability?: number;
  action: FaultAction;
}

/** A fault as listed: its spec, its id and how often it may still apply. */
export interface InstalledFault extends FaultSpec {
  id: string;
  remaining: number | null;
  hits: number;
  /** Matching requests still to let through before the fault applies. */
  skipping: number;
}
