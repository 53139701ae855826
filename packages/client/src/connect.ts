import type { Clock } from "./clock.js";
import { Connection } from "./connection.js";
import { JobkitClientError, OpenEOApiError } from "./errors.js";
import { type FetchLike, Http } from "./internal/http.js";
import { type RetryOptions, resolveRetry } from "./internal/retry.js";
import { REAL_TIME, waiterOn } from "./internal/waiter.js";
import type { Capabilities, WellKnown } from "./types.js";

/**
 * Credentials: a user name and password (openEO Basic), a ready bearer token such as `basic//TOKEN`, or
 * OpenID Connect client credentials (`providerId` optional).
 */
export type Auth =
  | { user: string; password: string }
  | { token: string }
  | { clientId: string; clientSecret: string; providerId?: string };

export interface ConnectOptions {
  /** The fetch to use (default `globalThis.fetch`); an in-process server's `app.fetch` works too. */
  fetch?: FetchLike;
  auth?: Auth;
  /** Retries of transient failures of idempotent requests; `false` turns them off. */
  retry?: RetryOptions | false;
  /**
   * Time limit per attempt in ms until a response is read; for downloads, until the headers and then the
   * longest pause between two chunks. Default 30 000; 0 = none.
   */
  timeout?: number;
  signal?: AbortSignal;
  /**
   * A clock to wait on instead of real time, such as `mock.clock` of a virtual-time mock: status polls and
   * retry backoffs advance it rather than sleep, so a whole job runs in milliseconds.
   */
  clock?: Clock;
}

/**
 * Connects to an openEO back-end: discovers the API versions at `/.well-known/openeo` (taking the
 * given URL when it is one of them, else the highest production 1.x version), reads the capabilities
 * and authenticates when `auth` is given.
 *
 * @example
 * ```ts
 * import { connect } from "@jobkit/client";
 *
 * const connection = await connect("https://openeo.example", { auth: { user: "alice", password: "alice123" } });
 * const job = await connection.createJob(processGraph, { title: "NDVI" });
 * await job.startAndWait();
 * ```
 */
export async function connect(url: string, options: ConnectOptions = {}): Promise<Connection> {
  const given = new URL(url).href.replace(/\/+$/, "");
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const timeoutMs = options.timeout ?? 30_000;
  if (!(timeoutMs >= 0))
    throw new JobkitClientError("InvalidOption", "connect: timeout must be a number of ms ≥ 0");
  const retry = resolveRetry(options.retry);
  const waiter = options.clock ? waiterOn(options.clock) : REAL_TIME;
  const discovery = new Http({ fetch, baseUrl: given, retry, timeoutMs, waiter });
  const baseUrl = await discover(discovery, given, options.signal);
  const http = new Http({ fetch, baseUrl, retry, timeoutMs, waiter });
  const capabilities = await http.json<Capabilities>("/", { signal: options.signal });
  if (typeof capabilities?.api_version !== "string" || !capabilities.api_version.startsWith("1.")) {
    throw new JobkitClientError(
      "NoCompatibleVersion",
      `${baseUrl} serves openEO API ${capabilities?.api_version ?? "(unknown)"}; this client speaks 1.x`,
    );
  }
  const connection = new Connection(http, capabilities);
  const auth = options.auth;
  if (auth && "token" in auth) connection.authenticateToken(auth.token);
  else if (auth && "clientId" in auth) {
    await connection.authenticateOidcClientCredentials({ ...auth, signal: options.signal });
  } else if (auth) await connection.authenticateBasic(auth.user, auth.password, { signal: options.signal });
  return connection;
}

async function discover(http: Http, given: string, signal: AbortSignal | undefined): Promise<string> {
  let wellKnown: WellKnown | undefined;
  try {
    wellKnown = await http.json<WellKnown>(new URL("/.well-known/openeo", given).href, { signal });
  } catch (error) {
    // no (readable) discovery document: the URL is the API root
    if (
      error instanceof OpenEOApiError ||
      (error instanceof JobkitClientError && error.code === "InvalidResponse")
    ) {
      return given;
    }
    throw error;
  }
  const candidates = (Array.isArray(wellKnown?.versions) ? wellKnown.versions : [])
    .filter((version) => version.production !== false && /^1\./.test(version.api_version))
    .map((version) => ({ ...version, url: new URL(version.url, given).href.replace(/\/+$/, "") }));
  if (candidates.some((version) => version.url === given)) return given;
  const best = candidates.sort((a, b) => compareVersions(b.api_version, a.api_version))[0];
  if (!best) {
    throw new JobkitClientError(
      "NoCompatibleVersion",
      `${given}/.well-known/openeo lists no production openEO 1.x version; pass the API URL of a version directly`,
    );
  }
  return best.url;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
