import { statSync } from "node:fs";
import { resolve } from "node:path";
import { API_VERSIONS, type ApiVersion, isApiVersion } from "@jobkit/spec/facts";
import type { FaultSpec } from "./faults/fault.js";
import { validateFault } from "./faults/validate-fault.js";
import { MockOptionsError } from "./mock-error.js";
import { COLLECTIONS, type CollectionInfo } from "./processes/collections.js";
import { type CatalogSource, loadCatalog } from "./processes/load-catalog.js";
import {
  type ListedProcess,
  loadProcessList,
  type ProcessListSource,
} from "./processes/load-process-list.js";
import { loadPublishedProcesses } from "./processes/load-published-processes.js";
import type { ProcessUrlMirror } from "./processes/process-url-mirror.js";
import type { StoredProcess } from "./processes/stored-process.js";

/** The largest page any list answers with; a bigger `limit` is clamped to it. */
export const MAX_PAGE = 1000;

/** A user of the mock back-end. `credit` is the budget jobs are charged against (0 → 402 PaymentRequired on start). */
export interface MockUser {
  name: string;
  password: string;
  credit?: number;
}

/** How jobs move through queued → running → finished. */
export interface TimingOptions {
  /** `wall`: real time (default); `virtual`: only `clock.advance`; `poll`: one step per `GET /jobs/{id}`. */
  mode: "wall" | "virtual" | "poll";
  /** Time a started job stays `queued` (default 1000 ms). */
  queuedMs?: number;
  /** Time a job stays `running` (default 3000 ms). */
  runningMs?: number;
}

export interface ResultOptions {
  /** The STAC type of `GET /jobs/{id}/results` (default `Item`). */
  type?: "Item" | "Collection";
  /** How long signed asset links stay valid (default 1 hour of mock time). */
  linkTtlMs?: number;
  /** When set, every finished job also has a synthetic `large.bin` asset of this many bytes (streamed). */
  largeAssetBytes?: number;
  /**
   * How long results stay after the run ended (ms). Then they are deleted: the job shows `unpublished`, and
   * its results and downloads answer 410 `ResultLinkExpired`. Default: kept until the job is deleted.
   */
  retentionMs?: number;
}

/** The mock's OpenID Connect provider (served under `/oidc`). Times are on the mock's clock. */
export interface OidcOptions {
  /** Lifetime of access tokens (default 1 hour). */
  tokenLifetimeMs?: number;
  /** Lifetime of a refresh token (default 24 hours); each is used once and replaced by a new one. */
  refreshTokenLifetimeMs?: number;
  /**
   * A pending device code is approved as the first user after this long (default 1000 ms); `null`: only by the
   * control API or the verification page. The CLI sets `null` beyond loopback.
   */
  deviceApprovalMs?: number | null;
  /** Most device codes held at once (default 1000); then `POST /oidc/device` answers 503 `temporarily_unavailable`. */
  maxDeviceCodes?: number;
  /** Lifetime of a device code (default 10 minutes). */
  deviceCodeLifetimeMs?: number;
  /** The polling `interval` the device authorization asks for, in seconds (default 1). */
  pollIntervalS?: number;
  /**
   * Trust this external issuer instead of the mock's own: `/credentials/oidc` lists it, and bearers are verified
   * against its JWKS (found through its discovery document). A token's `sub` is the user; unknown subjects
   * become users with credit 1000.
   */
  issuer?: string;
  /**
   * With `issuer`: the audience its access tokens must carry (`aud` equal to it or listing it). Without it, a token
   * of the issuer is accepted whatever its audience (ID tokens and tokens of other clients included).
   */
  audience?: string;
  /** The fetch used to reach the external issuer (default: the global fetch). */
  fetch?: (request: Request) => Response | Promise<Response>;
}

/** Options of {@link createMockServer}. Every field is optional; the defaults are documented per field. */
export interface MockServerOptions {
  /**
   * Seed for ids, tokens, keys, outputs and fault probabilities (default 1): the same seed gives the same ones.
   * `"random"`: secrets, ids and keys from the platform's CSPRNG (the CLI's choice beyond loopback).
   */
  seed?: number | "random";
  /** Users (default alice/alice123 and bob/bob123 with credit 1000, broke/broke123 with credit 0). */
  users?: MockUser[];
  timing?: TimingOptions;
  /** Absolute origin for hrefs and `Location` (default: the origin of each request). */
  baseUrl?: string;
  results?: ResultOptions;
  /** Whether `POST /jobs/{id}/results` on a finished job runs it again (default true; false: 202 and no change). */
  restartFinished?: boolean;
  /** The status a queued job gets when canceled: `created` (default, as the openEO state diagram) or `canceled`. */
  cancelQueued?: "created" | "canceled";
  /** Largest accepted request body in bytes (default 16 MiB); bigger → 413 PayloadTooLarge. */
  maxBodyBytes?: number;
  /**
   * Most cells (pixels × bands × dates) one data cube computed by the process engine may hold (default 20 Mi =
   * 20 971 520, as `@jobkit/processes`): a bigger one fails the job or sync request with `CubeTooLarge` before it
   * is allocated, so that one request cannot take the host's memory. At the default, a job that loads and saves
   * one such cube peaks at about 640 MiB resident (netCDF; 420 MiB as GTiff; `bench/cube-memory.ts`).
   */
  maxCubeCells?: number;
  /**
   * Most pixels along x or y of the synthetic data a job or sync request loads (default 256, as
   * `@jobkit/processes`): the engine samples at about 10 m (0.0001° in WGS84) and coarsens a wider extent, doubling
   * its resolution until it fits. Raise it to get, for example, 512×512 pixels for 5.12 km at 10 m.
   */
  maxPixelsPerAxis?: number;
  /**
   * How long the process engine may compute one job's or sync request's graph, in milliseconds of wall-clock time
   * (default 60 000): a process that would start later fails the run with openEO's `RequestTimeout` (408 for a sync
   * request), so that one heavy graph cannot hold the mock, whose engine runs on its only thread, for hours.
   */
  maxRunMs?: number;
  /** How many journal entries are kept (default 10 000, oldest dropped first). */
  journalLimit?: number;
  /**
   * Most jobs stored at once, over all users (default: no limit). When full, `POST /jobs` answers 400
   * `StorageQuotaExceeded` and stores nothing until jobs are deleted: a long-running shared mock cannot
   * exhaust its host's memory.
   */
  maxJobs?: number;
  /**
   * The page `GET /jobs` answers with when the request names no `limit` (at most 1000, the largest page; default:
   * none, all jobs, as openEO says). The CLI sets 1000 beyond loopback.
   */
  pageSize?: number;
  /** Most jobs one user may store at once (default: no limit); then their `POST /jobs` answers 400 `StorageQuotaExceeded`. */
  maxJobsPerUser?: number;
  /** Faults installed at creation and after each reset. */
  faults?: FaultSpec[];
  /**
   * Serve only this openEO API version, at the origin. Without it both are served: 1.3.0 at the origin and 1.2.0
   * under `/openeo/1.2.0`, and `/.well-known/openeo` lists both.
   */
  apiVersion?: ApiVersion;
  /**
   * Serve the newest version (or the one `apiVersion` names) under this path instead of at the origin, as deployed
   * back-ends do (`/openeo/1.2`, `/v1`); `/.well-known/openeo` stays at the origin and lists it.
   */
  apiPath?: string;
  oidc?: OidcOptions;
  /** When set, the control API (`/_jobkit`) answers only requests with `Authorization: Bearer <controlToken>`. */
  controlToken?: string;
  /**
   * Serve these collections instead of the built-in synthetic ones: JSON file paths or parsed JSON, each a STAC
   * Collection, a saved `GET /collections` page or an array of either; several sources (the pages of a
   * paginated listing) are concatenated. Checked at creation: a bad source throws `MockCatalogError`.
   */
  catalog?: string | readonly CatalogSource[];
  /**
   * `GET /processes` lists exactly these processes, verbatim: paths of saved `GET /processes` pages or of folders of
   * process definitions (`*.json`, one process each), or parsed pages. Those the engine does not implement are
   * called as their definition says and answer shape-only, with a warning in the log. A bad source throws
   * `MockOptionsError` at creation.
   */
  processes?: string | readonly ProcessListSource[];
  /**
   * The back-end's own user-defined processes (namespace `backend`, listed in `GET /processes`): paths of JSON files
   * (or parsed JSON), each one process (`{id, process_graph, ...}`) or `{processes: [...]}`. Their shape and calls
   * are checked at creation, their graphs when the engine loads.
   */
  udp?: string | readonly (string | Record<string, unknown>)[];
  /**
   * URL prefixes a node's `namespace` may name a process definition under (default: none, every URL refused).
   * Definitions are fetched per request with a budget (5 s, 1 MiB, 8 URLs).
   */
  allowProcessUrls?: readonly string[];
  /**
   * Local directories that answer for namespace URLs instead of the network, by URL prefix
   * (`--mirror-process-url PREFIX=DIR`): the rest of a URL after its prefix is the path of its file in the
   * directory. Each prefix must lie under or over an `allowProcessUrls` prefix; only allowed URLs are read.
   */
  processUrlMirrors?: Readonly<Record<string, string>>;
  /** The fetch used for namespace URLs (default: the global fetch). */
  processFetch?: (request: Request) => Promise<Response>;
}

/** An API version the mock serves, and the path its tree is mounted at ("" for the origin). */
export interface ServedApi {
  version: ApiVersion;
  prefix: string;
}

/**
 * Both versions (1.3.0 at the origin or `apiPath`, 1.2.0 under `/openeo/1.2.0`), or only the one asked for, at the
 * origin or `apiPath`.
 */
function servedApis(apiVersion: unknown, apiPath: unknown): ServedApi[] {
  const main = apiPathOf(apiPath);
  if (apiVersion === undefined)
    return API_VERSIONS.map((version, index) => ({
      version,
      prefix: index === 0 ? main : `/openeo/${version}`,
    }));
  if (!isApiVersion(apiVersion))
    fail(`apiVersion must be one of ${API_VERSIONS.join(", ")}, got ${apiVersion}.`);
  return [{ version: apiVersion, prefix: main }];
}

/** `apiPath` as a prefix without its trailing slash ("" for the origin); the mock's own paths are refused. */
function apiPathOf(apiPath: unknown): string {
  if (apiPath === undefined) return "";
  const prefix = typeof apiPath === "string" ? apiPath.replace(/\/+$/, "") : "";
  if (prefix === "") return "";
  if (!/^(\/[\w.~-]+)+$/.test(prefix) || /^\/(_jobkit|\.well-known|openeo\/1\.2\.0)(\/|$)/.test(prefix))
    fail(
      `apiPath must be a path such as /v1 or /openeo/1.3 (letters, digits, "_", "-", ".", "~"), outside /_jobkit, /.well-known and /openeo/1.2.0; got ${JSON.stringify(apiPath)}.`,
    );
  return prefix;
}

export interface ResolvedOptions {
  seed: number | "random";
  users: Required<MockUser>[];
  timing: Required<TimingOptions>;
  baseUrl: string | undefined;
  results: Required<Omit<ResultOptions, "largeAssetBytes" | "retentionMs">> & {
    largeAssetBytes: number | undefined;
    retentionMs: number | undefined;
  };
  restartFinished: boolean;
  cancelQueued: "created" | "canceled";
  maxBodyBytes: number;
  /** Undefined: the engine's default (`DEFAULT_MAX_CUBE_CELLS` of `@jobkit/processes`, loaded lazily). */
  maxCubeCells: number | undefined;
  /** Undefined: the engine's default (`DEFAULT_MAX_PIXELS_PER_AXIS` of `@jobkit/processes`). */
  maxPixelsPerAxis: number | undefined;
  maxRunMs: number;
  journalLimit: number;
  maxJobs: number | undefined;
  maxJobsPerUser: number | undefined;
  pageSize: number | undefined;
  faults: FaultSpec[];
  /** The API versions served, newest first, with the path each tree is mounted at ("" = the origin). */
  served: ServedApi[];
  oidc: {
    tokenLifetimeMs: number;
    refreshTokenLifetimeMs: number;
    deviceApprovalMs: number | null;
    maxDeviceCodes: number;
    deviceCodeLifetimeMs: number;
    pollIntervalS: number;
    issuer: string | undefined;
    audience: string | undefined;
    fetch: (request: Request) => Response | Promise<Response>;
  };
  controlToken: string | undefined;
  /** The collections served: the catalogue's, else the built-in ones. */
  collections: readonly CollectionInfo[];
  /** The processes `GET /processes` lists verbatim, or undefined for the engine's own. */
  processes: readonly ListedProcess[] | undefined;
  /** The back-end's own user-defined processes, by id. */
  udp: ReadonlyMap<string, StoredProcess>;
  allowProcessUrls: readonly string[];
  processUrlMirrors: readonly ProcessUrlMirror[];
  processFetch: (request: Request) => Promise<Response>;
}

export const DEFAULT_USERS: Required<MockUser>[] = [
  { name: "alice", password: "alice123", credit: 1000 },
  { name: "bob", password: "bob123", credit: 1000 },
  { name: "broke", password: "broke123", credit: 0 },
];

function fail(message: string, cause?: unknown): never {
  throw new MockOptionsError(message, cause === undefined ? undefined : { cause });
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) fail(`${name} must be a finite number ≥ 0, got ${value}.`);
  return value;
}

function atLeastOne(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a whole number ≥ 1, got ${value}.`);
  return value;
}

function issuerUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    fail(`oidc.issuer must be an absolute http(s) URL, got "${value}".`);
  return value.replace(/\/+$/, "");
}

function pageSizeOf(value: number | undefined): number | undefined {
  const size = atLeastOne(value, "pageSize");
  if (size !== undefined && size > MAX_PAGE) fail(`pageSize must be at most ${MAX_PAGE}, got ${size}.`);
  return size;
}

function audienceOf(oidc: OidcOptions): string | undefined {
  if (oidc.audience === undefined) return undefined;
  if (oidc.issuer === undefined)
    fail("oidc.audience needs oidc.issuer (the mock's own tokens have their audience).");
  if (typeof oidc.audience !== "string" || !oidc.audience) fail("oidc.audience must be a non-empty string.");
  return oidc.audience;
}

function resolveOidc(oidc: OidcOptions): ResolvedOptions["oidc"] {
  const approval = oidc.deviceApprovalMs;
  const interval = nonNegative(oidc.pollIntervalS, 1, "oidc.pollIntervalS");
  if (!Number.isInteger(interval))
    fail(`oidc.pollIntervalS must be a whole number of seconds, got ${interval}.`);
  return {
    tokenLifetimeMs: nonNegative(oidc.tokenLifetimeMs, 3_600_000, "oidc.tokenLifetimeMs"),
    refreshTokenLifetimeMs: nonNegative(
      oidc.refreshTokenLifetimeMs,
      86_400_000,
      "oidc.refreshTokenLifetimeMs",
    ),
    deviceApprovalMs: approval === null ? null : nonNegative(approval, 1000, "oidc.deviceApprovalMs"),
    maxDeviceCodes: atLeastOne(oidc.maxDeviceCodes, "oidc.maxDeviceCodes") ?? 1000,
    deviceCodeLifetimeMs: nonNegative(oidc.deviceCodeLifetimeMs, 600_000, "oidc.deviceCodeLifetimeMs"),
    pollIntervalS: interval,
    issuer: oidc.issuer === undefined ? undefined : issuerUrl(oidc.issuer),
    audience: audienceOf(oidc),
    fetch: oidc.fetch ?? ((request) => fetch(request)),
  };
}

function catalogOf(catalog: MockServerOptions["catalog"], served: ServedApi[]): readonly CollectionInfo[] {
  if (catalog === undefined) return COLLECTIONS;
  const sources = typeof catalog === "string" ? [catalog] : catalog;
  if (!Array.isArray(sources) || sources.length === 0)
    fail("catalog must be a file path or a non-empty array of paths or parsed STAC JSON.");
  return loadCatalog(
    sources,
    served.map(({ version }) => version),
  );
}

function listOf<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? value : [value as T];
}

function processUrlPrefix(prefix: string): string {
  if (!URL.canParse(prefix) || !/^https?:$/.test(new URL(prefix).protocol))
    fail(`allowProcessUrls needs http(s) URL prefixes, got "${prefix}".`);
  return prefix;
}

/** The mirrors of `processUrlMirrors`: http(s) prefixes that overlap an allowed one, on existing directories. */
function mirrorsOf(
  mirrors: Readonly<Record<string, string>>,
  allowed: readonly string[],
): ProcessUrlMirror[] {
  return Object.entries(mirrors).map(([prefix, directory]) => {
    processUrlPrefix(prefix);
    if (!allowed.some((allow) => prefix.startsWith(allow) || allow.startsWith(prefix)))
      fail(
        `processUrlMirrors: ${prefix} is under no allowProcessUrls prefix (${allowed.join(", ") || "none"}); a mirror answers only for allowed URLs.`,
      );
    const absolute = resolve(directory);
    if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
      fail(`processUrlMirrors: ${prefix} maps to ${absolute}, which is no directory.`);
    return { prefix, directory: absolute };
  });
}

/** Checks options once and fills in the defaults. */
export function resolveOptions(options: MockServerOptions = {}): ResolvedOptions {
  const seed = options.seed ?? 1;
  if (seed !== "random" && !Number.isInteger(seed)) fail(`seed must be an integer or "random", got ${seed}.`);
  const users = (options.users ?? DEFAULT_USERS).map((user) => {
    if (!user.name || user.name.includes(":"))
      fail(`user name "${user.name}" must be non-empty without ":".`);
    if (!user.password) fail(`user "${user.name}" needs a password.`);
    return { name: user.name, password: user.password, credit: nonNegative(user.credit, 1000, "credit") };
  });
  if (new Set(users.map((u) => u.name)).size !== users.length) fail("user names must be unique.");
  const mode = options.timing?.mode ?? "wall";
  if (!["wall", "virtual", "poll"].includes(mode))
    fail(`timing.mode must be wall, virtual or poll, got ${mode}.`);
  let baseUrl: string | undefined;
  if (options.baseUrl !== undefined) {
    try {
      baseUrl = new URL(options.baseUrl).origin;
    } catch {
      fail(`baseUrl must be an absolute URL, got "${options.baseUrl}".`);
    }
  }
  const type = options.results?.type ?? "Item";
  if (type !== "Item" && type !== "Collection") fail(`results.type must be Item or Collection, got ${type}.`);
  const cancelQueued = options.cancelQueued ?? "created";
  if (cancelQueued !== "created" && cancelQueued !== "canceled") {
    fail(`cancelQueued must be "created" or "canceled", got ${cancelQueued}.`);
  }
  const large = options.results?.largeAssetBytes;
  const retention = options.results?.retentionMs;
  if (options.controlToken !== undefined && options.controlToken.length < 8)
    fail("controlToken needs at least 8 characters.");
  const served = servedApis(options.apiVersion, options.apiPath);
  return {
    seed,
    users,
    timing: {
      mode,
      queuedMs: nonNegative(options.timing?.queuedMs, 1000, "timing.queuedMs"),
      runningMs: nonNegative(options.timing?.runningMs, 3000, "timing.runningMs"),
    },
    baseUrl,
    results: {
      type,
      linkTtlMs: nonNegative(options.results?.linkTtlMs, 3_600_000, "results.linkTtlMs"),
      largeAssetBytes: large === undefined ? undefined : nonNegative(large, 0, "results.largeAssetBytes"),
      retentionMs: retention === undefined ? undefined : nonNegative(retention, 0, "results.retentionMs"),
    },
    restartFinished: options.restartFinished ?? true,
    cancelQueued,
    maxBodyBytes: nonNegative(options.maxBodyBytes, 16 * 1024 * 1024, "maxBodyBytes"),
    maxCubeCells: atLeastOne(options.maxCubeCells, "maxCubeCells"),
    maxPixelsPerAxis: atLeastOne(options.maxPixelsPerAxis, "maxPixelsPerAxis"),
    maxRunMs: atLeastOne(options.maxRunMs, "maxRunMs") ?? 60_000,
    journalLimit: nonNegative(options.journalLimit, 10_000, "journalLimit"),
    maxJobs: atLeastOne(options.maxJobs, "maxJobs"),
    maxJobsPerUser: atLeastOne(options.maxJobsPerUser, "maxJobsPerUser"),
    pageSize: pageSizeOf(options.pageSize),
    oidc: resolveOidc(options.oidc ?? {}),
    controlToken: options.controlToken,
    faults: (options.faults ?? []).map((fault, index) => {
      try {
        return validateFault(fault);
      } catch (error) {
        return fail(`faults[${index}]: ${error instanceof Error ? error.message : String(error)}`, error);
      }
    }),
    served,
    collections: catalogOf(options.catalog, served),
    processes: options.processes === undefined ? undefined : loadProcessList(listOf(options.processes)),
    udp: loadPublishedProcesses(listOf(options.udp ?? [])),
    allowProcessUrls: (options.allowProcessUrls ?? []).map(processUrlPrefix),
    processUrlMirrors: mirrorsOf(options.processUrlMirrors ?? {}, options.allowProcessUrls ?? []),
    processFetch: options.processFetch ?? ((request) => fetch(request)),
  };
}
