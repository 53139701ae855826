import { BatchJob } from "./batch-job.js";
import { JobkitClientError } from "./errors.js";
import type { CallOptions, Http } from "./internal/http.js";
import { paginate } from "./internal/pages.js";
import {
  clientCredentialsLogin,
  deviceLogin,
  type OidcClientOptions,
  type OidcDeviceOptions,
  type OidcLogin,
  type OidcRefreshOptions,
  type OidcSession,
  refreshLogin,
} from "./oidc/oidc-login.js";
import { discoverProvider } from "./oidc/oidc-provider.js";
import type { Capabilities, JobCreate, JobSummary, LogLevel, Process, ProcessGraph } from "./types.js";

/** The conformance class of openEO 1.3.0 under which a back-end accepts plain JWT bearer tokens. */
const JWT_CLASS = /^https:\/\/api\.openeo\.org\/[^/]+\/authentication\/jwt$/;

/** A process given either as a full process (`{ process_graph, … }`) or as a bare process graph. */
export type ProcessInput = Process | ProcessGraph;

export interface ComputeOptions extends CallOptions {
  plan?: string | null;
  budget?: number | null;
  logLevel?: LogLevel;
}

export interface CreateJobOptions extends ComputeOptions {
  title?: string | null;
  description?: string | null;
  /** Back-end specific properties, sent beside the standard ones. */
  extra?: Record<string, unknown>;
}

/** The answer of a synchronous `POST /result`. The body can be read once: as bytes, JSON or a stream. */
export interface ComputedResult {
  /** The media type of the result, from `Content-Type`. */
  mediaType: string;
  /** `OpenEO-Costs`, when the back-end sent it. */
  costs: number | undefined;
  /** The `Link: <…>; rel="monitor"` target, when the back-end sent one. */
  monitorUrl: string | undefined;
  response: Response;
  bytes(): Promise<Uint8Array>;
  json<T = unknown>(): Promise<T>;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * A connection to one openEO back-end, made by {@link connect}.
 *
 * @example
 * ```ts
 * const connection = await connect("https://openeo.example", { auth: { user: "alice", password: "…" } });
 * for await (const job of connection.listJobs()) console.log(job.id, job.status);
 * ```
 */
export class Connection {
  /** The versioned API root the client talks to, without a trailing slash. */
  readonly url: string;
  /** `GET /` as read by {@link connect}: API version, endpoints, billing, … */
  readonly capabilities: Capabilities;
  readonly #http: Http;

  /** @internal Use {@link connect}. */
  constructor(http: Http, capabilities: Capabilities) {
    this.#http = http;
    this.url = http.config.baseUrl;
    this.capabilities = capabilities;
  }

  /** The openEO API version the back-end speaks, e.g. `1.2.0`. */
  get apiVersion(): string {
    return this.capabilities.api_version;
  }

  /** Whether the capabilities list `method` for `path` (an API path template such as `/jobs/{job_id}`). */
  supports(method: string, path: string): boolean {
    return this.capabilities.endpoints.some(
      (endpoint) => endpoint.path === path && endpoint.methods.includes(method.toUpperCase() as "GET"),
    );
  }

  /** `GET /credentials/basic`: trades a user name and password for a bearer token used from now on. */
  async authenticateBasic(user: string, password: string, options: CallOptions = {}): Promise<void> {
    const basic = btoa(String.fromCodePoint(...new TextEncoder().encode(`${user}:${password}`)));
    const body = await this.#http.json<{ access_token?: unknown }>("/credentials/basic", {
      ...options,
      headers: { Authorization: `Basic ${basic}` },
    });
    if (typeof body?.access_token !== "string" || body.access_token === "") {
      throw new JobkitClientError(
        "InvalidResponse",
        "GET /credentials/basic answered without an access_token",
      );
    }
    this.#useToken("basic//", body.access_token);
    this.#http.renewToken = undefined;
  }

  /** Uses a bearer token as openEO spells it (`basic//TOKEN`, `oidc/provider/TOKEN`, or a plain JWT). */
  authenticateToken(token: string): void {
    this.#http.authorization = `Bearer ${token}`;
    this.#http.renewToken = undefined;
  }

  /** Whether the back-end lists the JWT conformance class (1.3.0): then tokens are sent without a prefix. */
  get acceptsPlainTokens(): boolean {
    const classes = (this.capabilities as { conformsTo?: unknown }).conformsTo;
    return Array.isArray(classes) && classes.some((c) => typeof c === "string" && JWT_CLASS.test(c));
  }

  #useToken(prefix: string, token: string): void {
    this.#http.authorization = `Bearer ${this.acceptsPlainTokens ? "" : prefix}${token}`;
  }

  #useOidc(session: OidcSession): OidcLogin {
    const prefix = `oidc/${session.provider.id}/`;
    this.#useToken(prefix, session.tokens.accessToken);
    // Each request renews at most once (see Http.send); a failed renewal leaves the TokenInvalid error standing.
    this.#http.renewToken = async () => {
      try {
        this.#useToken(prefix, (await session.renew()).accessToken);
        return true;
      } catch {
        return false;
      }
    };
    const { accessToken, refreshToken, expiresIn } = session.tokens;
    return { providerId: session.provider.id, accessToken, refreshToken, expiresIn };
  }

  /**
   * OpenID Connect client credentials grant with the back-end's provider. Missing options come from
   * `OPENEO_AUTH_CLIENT_ID`, `OPENEO_AUTH_CLIENT_SECRET`, `OPENEO_AUTH_PROVIDER_ID`. On 403 `TokenInvalid`
   * the client gets a new token once and repeats the request.
   */
  async authenticateOidcClientCredentials(options: OidcClientOptions = {}): Promise<OidcLogin> {
    return this.#useOidc(await clientCredentialsLogin(this.#http, options));
  }

  /**
   * OpenID Connect device flow: `onPrompt` shows the verification URL and user code, then the client polls
   * (honouring `interval`, `slow_down`, expiry and `signal`). Uses PKCE with a public default client.
   * Raises `AuthenticationError` with code `DeviceCodeExpired` or `AccessDenied` when the user does not approve.
   */
  async authenticateOidcDevice(options: OidcDeviceOptions): Promise<OidcLogin> {
    return this.#useOidc(await deviceLogin(this.#http, options));
  }

  /** Signs in with a refresh token of an earlier OpenID Connect login. */
  async authenticateOidcRefreshToken(options: OidcRefreshOptions): Promise<OidcLogin> {
    return this.#useOidc(await refreshLogin(this.#http, options));
  }

  /** Uses an OpenID Connect access token obtained elsewhere (it is not renewed). */
  async authenticateOidcAccessToken(
    options: { accessToken: string; providerId?: string } & CallOptions,
  ): Promise<void> {
    const providerId = this.acceptsPlainTokens
      ? ""
      : (options.providerId ?? (await discoverProvider(this.#http, undefined, options)).id);
    this.#useToken(`oidc/${providerId}/`, options.accessToken);
    this.#http.renewToken = undefined;
  }

  /** `GET /me`. */
  describeAccount(options: CallOptions = {}): Promise<{ user_id: string } & Record<string, unknown>> {
    return this.#http.json("/me", options);
  }

  /** `POST /jobs`: creates a job in status `created` (it does not start it). */
  async createJob(process: ProcessInput, options: CreateJobOptions = {}): Promise<BatchJob> {
    const body: JobCreate & Record<string, unknown> = {
      ...options.extra,
      ...processingBody(process, options),
    };
    if (options.title !== undefined) body.title = options.title;
    if (options.description !== undefined) body.description = options.description;
    const response = await this.#http.send(
      "/jobs",
      { method: "POST", json: body, signal: options.signal },
      async (r) => {
        await r.body?.cancel();
        return r;
      },
    );
    const id = response.headers.get("OpenEO-Identifier") ?? jobIdOfLocation(response.headers.get("Location"));
    if (!id) {
      throw new JobkitClientError(
        "InvalidResponse",
        "POST /jobs answered without OpenEO-Identifier or a readable Location; the new job cannot be found",
      );
    }
    return new BatchJob(id, this.#http);
  }

  /** A handle on an existing job; makes no request. */
  job(id: string): BatchJob {
    return new BatchJob(id, this.#http);
  }

  /** Every job of the user, following `rel=next` pages (`limit` = page size). */
  listJobs(options: CallOptions & { limit?: number } = {}): AsyncGenerator<JobSummary, void, undefined> {
    return paginate<JobSummary>(this.#http, "/jobs", "jobs", {
      query: { limit: options.limit },
      signal: options.signal,
    });
  }

  /** `POST /result`: processes synchronously and answers with the result's bytes and media type. */
  async computeResult(process: ProcessInput, options: ComputeOptions = {}): Promise<ComputedResult> {
    const response = await this.#http.response("/result", {
      method: "POST",
      json: processingBody(process, options),
      signal: options.signal,
    });
    const costs = response.headers.get("OpenEO-Costs");
    const monitor = response.headers.get("Link")?.match(/<([^>]+)>\s*;[^,]*rel="?monitor"?/);
    return {
      mediaType: response.headers.get("Content-Type") ?? "application/octet-stream",
      costs: costs === null || Number.isNaN(Number(costs)) ? undefined : Number(costs),
      monitorUrl: monitor?.[1],
      response,
      bytes: async () => new Uint8Array(await response.arrayBuffer()),
      json: () => response.json(),
      stream: () => response.body ?? new Blob([]).stream(),
    };
  }
}

/** The fields `POST /jobs` and `POST /result` share: the process, and plan, budget and log level when given. */
function processingBody(process: ProcessInput, options: ComputeOptions): JobCreate {
  const body: JobCreate = { process: toProcess(process) };
  if (options.plan !== undefined) body.plan = options.plan;
  if (options.budget !== undefined) body.budget = options.budget;
  if (options.logLevel !== undefined) body.log_level = options.logLevel;
  return body;
}

/** A full process has a `process_graph` object that is not itself a process node. */
function toProcess(process: ProcessInput): Process {
  const graph: unknown = process.process_graph;
  return graph !== null && typeof graph === "object" && !("process_id" in graph)
    ? (process as Process)
    : { process_graph: process as ProcessGraph };
}

/** The job id a `Location` header ends with, decoded; undefined when there is none or it is not valid %-encoding. */
function jobIdOfLocation(location: string | null): string | undefined {
  const segment = location?.replace(/\/+$/, "").split("/").pop();
  try {
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}
