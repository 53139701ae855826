import type { CallOptions } from "../call-options.js";
import { JobkitClientError, OpenEOApiError } from "../errors.js";
import type { FetchLike } from "../fetch-like.js";
import {
  backoffDelay,
  IDEMPOTENT_METHODS,
  parseRetryAfter,
  RETRYABLE_STATUS,
  type RetryOptions,
} from "./retry.js";
import type { Waiter } from "./waiter.js";

export type { CallOptions, FetchLike };

export interface HttpConfig {
  fetch: FetchLike;
  /** The versioned API root without a trailing slash, e.g. `https://host/openeo/1.2`. */
  baseUrl: string;
  retry: Required<RetryOptions>;
  /** Per-attempt time limit in ms until the response is read (headers only for streams); 0 = none. */
  timeoutMs: number;
  /** How status polls and retry backoffs wait: real time, or a driven clock. */
  waiter: Waiter;
}

/** Per-call options every public method accepts. */
export interface SendOptions extends CallOptions {
  method?: string;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  json?: unknown;
  headers?: Record<string, string>;
  /** A form body (`application/x-www-form-urlencoded`), for identity providers. */
  form?: Record<string, string>;
  /** Hand error answers to `read` as well (for endpoints with their own error format, like an IdP's). */
  readErrors?: boolean;
  /** Send no `Authorization` header of the session (requests to an identity provider). */
  anonymous?: boolean;
}

/** Gets a new token after a 403 `TokenInvalid`; resolves false when it cannot. */
export type TokenRenewer = () => Promise<boolean>;

/** The HTTP core: URL building, auth, timeouts, retries, openEO error mapping. */
export class Http {
  /** The full `Authorization` header value, sent only to the API's own origin. */
  authorization: string | undefined;
  /** Called once per request on 403 `TokenInvalid`; the request is repeated when it renewed the token. */
  renewToken: TokenRenewer | undefined;
  readonly config: HttpConfig;
  private readonly origin: string;

  constructor(config: HttpConfig) {
    this.config = config;
    this.origin = new URL(config.baseUrl).origin;
  }

  /** Resolves an API path (`/jobs`) or an absolute URL, adding query parameters. */
  url(target: string, query?: SendOptions["query"]): string {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(target) ? target : this.config.baseUrl + target);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  /** Sends a request and parses the JSON body (`undefined` for an empty body). */
  json<T>(target: string, options: SendOptions = {}): Promise<T> {
    return this.send(target, options, async (response) => {
      const text = await response.text();
      if (text === "") return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (cause) {
        throw new JobkitClientError("InvalidResponse", `the body of ${response.url || target} is not JSON`, {
          cause,
        });
      }
    });
  }

  /** Sends a request and returns the response once its headers arrived; the body is left to the caller. */
  response(target: string, options: SendOptions = {}): Promise<Response> {
    return this.send(target, options, async (response) => response);
  }

  /**
   * Runs one request with retries. `read` consumes the response inside the time limit; transient
   * failures (429/502/503/504, network errors) of idempotent methods are retried with jittered backoff
   * that honours `Retry-After`.
   */
  async send<T>(target: string, options: SendOptions, read: (response: Response) => Promise<T>): Promise<T> {
    const method = (options.method ?? "GET").toUpperCase();
    const url = this.url(target, options.query);
    const policy = this.config.retry;
    const retryable = IDEMPOTENT_METHODS.has(method);
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      const canRetry = retryable && attempt < policy.retries;
      const { signal, timedOut, done } = this.attemptSignal(options.signal);
      try {
        const response = await raceAbort(
          this.config.fetch(this.request(url, method, options, signal)),
          signal,
        );
        if (response.ok || options.readErrors) return await raceAbort(read(response), signal);
        const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
        if (
          canRetry &&
          RETRYABLE_STATUS.has(response.status) &&
          (retryAfter ?? 0) <= policy.maxRetryAfterMs
        ) {
          await response.body?.cancel().catch(() => {});
          done();
          await this.config.waiter.sleep(
            Math.max(retryAfter ?? 0, backoffDelay(attempt, policy)),
            options.signal,
          );
          continue;
        }
        const failure = await apiError(response, url);
        if (failure.code === "TokenInvalid" && !renewed && this.renewToken && !options.anonymous) {
          done();
          renewed = await this.renewToken();
          if (renewed) {
            attempt--;
            continue;
          }
        }
        throw failure;
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (timedOut()) {
          throw new JobkitClientError(
            "Timeout",
            `${method} ${url} took longer than ${this.config.timeoutMs} ms; raise the connection's timeout (0 = none) if the back-end is just slow`,
          );
        }
        if (error instanceof OpenEOApiError || error instanceof JobkitClientError) throw error;
        if (!canRetry) {
          throw new JobkitClientError(
            "NetworkError",
            `${method} ${url} failed (${networkReason(error)}); check the URL and that the back-end is reachable`,
            { cause: error },
          );
        }
        await this.config.waiter.sleep(backoffDelay(attempt, policy), options.signal);
      } finally {
        done();
      }
    }
  }

  private request(url: string, method: string, options: SendOptions, signal: AbortSignal): Request {
    const headers = new Headers(options.headers);
    const own = new URL(url).origin === this.origin && !options.anonymous;
    if (this.authorization && !headers.has("Authorization") && own) {
      headers.set("Authorization", this.authorization);
    }
    let body: string | undefined;
    if (options.json !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(options.json);
    } else if (options.form !== undefined) {
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(options.form).toString();
    }
    return new Request(url, { method, headers, body: body ?? null, signal });
  }

  private attemptSignal(user: AbortSignal | undefined) {
    const controller = new AbortController();
    let fired = false;
    const timer =
      this.config.timeoutMs > 0
        ? setTimeout(() => {
            fired = true;
            controller.abort();
          }, this.config.timeoutMs)
        : undefined;
    return {
      signal: user ? AbortSignal.any([user, controller.signal]) : controller.signal,
      timedOut: () => fired,
      done: () => clearTimeout(timer),
    };
  }
}

/** What went wrong below HTTP: Node's fetch hides it in `cause` (e.g. `connect ECONNREFUSED 127.0.0.1:1`). */
function networkReason(error: unknown): string {
  const cause = (error instanceof Error ? error.cause : undefined) as
    | { message?: unknown; code?: unknown }
    | undefined;
  if (typeof cause?.code === "string" && cause.code.startsWith("ERR_SSL_"))
    return `the server at that address does not speak TLS, ${cause.code}; try http://`;
  if (typeof cause?.message === "string" && cause.message !== "") return cause.message;
  if (typeof cause?.code === "string") return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/** Rejects as soon as `signal` aborts, for `fetch` implementations that ignore signals. */
function raceAbort<T>(value: T | Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Builds an {@link OpenEOApiError} from an error response, reading the openEO error object if there is one. */
async function apiError(response: Response, url: string): Promise<OpenEOApiError> {
  let body: { code?: unknown; message?: unknown; id?: unknown; links?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(await response.text());
    if (parsed && typeof parsed === "object") body = parsed;
  } catch {
    // not an openEO error object: status and status text are all we have
  }
  return new OpenEOApiError({
    status: response.status,
    code: typeof body.code === "string" ? body.code : "HttpError",
    message: typeof body.message === "string" ? body.message : response.statusText || "request failed",
    id: typeof body.id === "string" ? body.id : undefined,
    links: Array.isArray(body.links) ? body.links : [],
    url,
  });
}
