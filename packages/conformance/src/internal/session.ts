import { CATALOGUE, type CheckId, checkDefinition, formatRules } from "../catalogue.js";
import { endpointKey } from "../judges/capabilities/listed-endpoints.js";
import type { OidcClient } from "../oidc-client.js";
import type { RunClock } from "../run-clock.js";
import type { CheckDefinition, CheckResult, CheckStatus, ConformanceEvent, ScenarioId } from "../types.js";
import { toCurl } from "./curl.js";
import type { FoundApi } from "./find-api.js";
import { followRedirects, sameOrigin, withoutCredentials } from "./follow-redirects.js";
import { JobWatch } from "./job-watch.js";
import { type CheckContext, fail, type Outcome } from "./outcome.js";
import type { Exchange, Probe, ProbeRequest } from "./probe.js";
import type { Selection } from "./selection.js";

export interface Credentials {
  readonly user?: string;
  readonly password?: string;
  /** The whole bearer value after `Bearer `, e.g. `basic//abc`. */
  readonly token?: string;
  /** Signs in with OpenID Connect when neither a token nor a user name is given; else only for the OIDC checks. */
  readonly oidcClient?: OidcClient;
}

// biome-ignore lint/plugin: a control-flow signal, caught by Session.check and turned into a verdict
class NoAnswer extends Error {}
// biome-ignore lint/plugin: a control-flow signal, caught by runConformance and turned into skipped checks
class RunTimeout extends Error {}

/** How much earlier than asked a Node timer can fire, measured by `performance.now()`. */
const TIMER_GRANULARITY_MS = 1;

/** Thrown by a scenario to give up; its remaining checks are skipped with the reason. */
// biome-ignore lint/plugin: a control-flow signal, caught by runConformance and turned into skipped checks
export class ScenarioStopped extends Error {}

/** Why checks that need the main user's token cannot run: no credentials given, or no token from them. */
export function noTokenReason(credentials: Credentials | undefined): string {
  return credentials
    ? "not authenticated: the credentials gave no token (see auth.basic)"
    : "no credentials: give --user and --password, --oidc-client-id and --oidc-client-secret, or --token";
}

export interface SessionOptions {
  baseUrl: string;
  probe: Probe;
  clock: RunClock;
  selection: Selection;
  jobTimeoutMs: number;
  pollIntervalMs: number;
  /** `performance.now()` value after which the run stops. */
  deadline: number;
  timeoutMs: number;
  credentials: Credentials | undefined;
  secondUser: Credentials | undefined;
  /** A user without credit, for the payment checks. */
  paymentUser: Credentials | undefined;
  process: Record<string, unknown>;
  failingProcess: Record<string, unknown>;
  /** The run clock is the target's own (the embedded mock's virtual time): waiting on it costs nothing. */
  targetClock: boolean;
  onEvent?: ((event: ConformanceEvent) => void) | undefined;
}

/** Whose credentials a request carries: a user's token, none, or an explicit Authorization value. */
export type ApiAuth = "main" | "second" | "payment" | "none" | { header: string };

interface ApiExchangeInfo {
  endpoint: string;
  path: string;
}

/** Endpoints every API has, which its capabilities do not list. */
const UNLISTED_ROOTS = new Set(["GET /", "GET /.well-known/openeo"]);

function errorCode(exchange: Exchange): string | undefined {
  const json = exchange.json as { code?: unknown } | undefined;
  return typeof json?.code === "string" ? json.code : undefined;
}

/** The state of one run: what was asked, what came back, the verdicts so far. */
export class Session {
  readonly options: SessionOptions;
  readonly results = new Map<string, CheckResult>();
  /** The API the run tests and how it was found (set before the discovery scenario). */
  discovered: FoundApi | undefined;
  /** Endpoints listed in the capabilities; undefined while unknown (then everything is tried). */
  endpoints: Set<string> | undefined;
  /** Endpoints the capabilities leave out that answer all the same (found by probing; checks that need them run). */
  readonly answersUnlisted = new Set<string>();
  token: string | undefined;
  /** An OpenID Connect access token (a JWT) of the main user, for the JWT and token-attack checks. */
  oidcAccessToken: string | undefined;
  /** The id of the provider that issued {@link oidcAccessToken}. */
  oidcProviderId: string | undefined;
  secondToken: string | undefined;
  paymentToken: string | undefined;
  /** The capabilities document (empty until discovery read it). */
  capabilities: Record<string, unknown> = {};
  readonly apiInfo = new Map<number, ApiExchangeInfo>();
  /** Exchanges a failed check already blamed; the contract check does not report them twice. */
  readonly blamed = new Set<number>();
  /** Jobs the kit created → the token that owns them; moved to `deletedJobs` when a DELETE succeeds. */
  readonly createdJobs = new Map<string, string | undefined>();
  /** Jobs a scenario deleted → the token that owned them; the cleanup checks that they are gone. */
  readonly deletedJobs = new Map<string, string | undefined>();
  readonly runProblems: string[] = [];
  /** When a check over every exchange is selected, every scenario runs its requests. */
  readonly fullRun: boolean;

  /** The jobs the run watches: their descriptions, failed polls and status timelines. */
  readonly jobs: JobWatch;

  constructor(options: SessionOptions) {
    this.options = options;
    this.jobs = new JobWatch({
      clock: options.clock,
      jobTimeoutMs: options.jobTimeoutMs,
      pollIntervalMs: options.pollIntervalMs,
      describe: (jobId, auth) => this.api("GET", "/jobs/{}", { params: [jobId], auth }),
      onStatus: (jobId, status) => this.options.onEvent?.({ type: "job-status", jobId, status }),
    });
    this.fullRun = CATALOGUE.some(
      (definition) => definition.scenario === "overall" && options.selection.selected(definition),
    );
  }

  get probe(): Probe {
    return this.options.probe;
  }

  enterScenario(scenario: ScenarioId): void {
    this.options.onEvent?.({ type: "scenario", scenario });
  }

  /**
   * Whether a step serving these checks should make its requests: some are wanted, or the run looks at every
   * exchange (then only advertised endpoints count).
   */
  runs(...ids: CheckId[]): boolean {
    return ids.some((id) => {
      const definition = checkDefinition(id);
      if (this.unsupported(definition)) return false;
      return this.fullRun || (this.options.selection.selected(definition) && !this.results.has(id));
    });
  }

  /**
   * Whether the capabilities list an endpoint (`POST /jobs/{}/results`), or it answered although they do not;
   * true while they are unknown.
   */
  supports(endpoint: string): boolean {
    return this.endpoints === undefined || this.endpoints.has(endpoint) || this.answersUnlisted.has(endpoint);
  }

  private unsupported(definition: CheckDefinition): string | undefined {
    const absent = definition.needs.filter((endpoint) => !this.supports(endpoint));
    if (absent.length === 0) return undefined;
    return `not advertised: the capabilities do not list ${absent.join(", ")}`;
  }

  /** Runs and records one check (once; unselected checks are not run). */
  async check(id: CheckId, evaluate: (context: CheckContext) => Outcome | Promise<Outcome>): Promise<void> {
    const definition = checkDefinition(id);
    if (!this.options.selection.selected(definition) || this.results.has(id)) return;
    const reason = this.unsupported(definition);
    if (reason) {
      this.record(definition, "not-supported", reason, [], 0);
      return;
    }
    const started = performance.now();
    const used: Exchange[] = [];
    const context: CheckContext = {
      use: (exchange) => {
        if (!exchange) throw new NoAnswer("the request this check needs was not made");
        if (!used.includes(exchange)) used.push(exchange);
        if (exchange.status === undefined || !exchange.complete) {
          throw new NoAnswer(`${exchange.method} ${exchange.url.href}: ${exchange.problem}`);
        }
        return exchange as NonNullable<typeof exchange>;
      },
      note: (exchange) => {
        if (!used.includes(exchange)) used.push(exchange);
      },
    };
    let outcome: Outcome;
    try {
      outcome = await evaluate(context);
    } catch (error) {
      outcome =
        error instanceof NoAnswer
          ? fail(`no answer: ${error.message}`)
          : fail(`the answer could not be evaluated: ${(error as Error).message}`);
    }
    let status: CheckStatus = outcome.status;
    let observation = outcome.observation;
    if (status === "fail") {
      // Checks over every exchange judge formats, not whether an endpoint exists.
      const absent =
        definition.scenario === "overall" ? undefined : used.find((exchange) => this.isMissing(exchange));
      if (absent) {
        status = "missing";
        observation = `${this.apiInfo.get(absent.seq)?.endpoint} is advertised but answered ${absent.status}${
          errorCode(absent) ? ` ${errorCode(absent)}` : ""
        }. ${observation}`;
      }
      for (const exchange of used) this.blamed.add(exchange.seq);
    }
    this.record(
      definition,
      status,
      observation,
      used.map((exchange) => exchange.evidence),
      performance.now() - started,
      outcome.violations,
    );
  }

  private isMissing(exchange: Exchange): boolean {
    const info = this.apiInfo.get(exchange.seq);
    if (!info || !this.endpoints?.has(info.endpoint)) return false;
    if (exchange.status === 501) return true;
    const code = errorCode(exchange);
    return exchange.status === 404 && (code === undefined || code === "NotFound");
  }

  private record(
    definition: CheckDefinition,
    status: CheckStatus,
    observation: string,
    evidence: CheckResult["evidence"],
    durationMs: number,
    violations?: readonly string[],
  ): void {
    const rule = formatRules(definition.rules);
    const result: CheckResult = {
      id: definition.id,
      source: definition.source,
      ...(rule ? { rule } : {}),
      rules: definition.rules,
      ...(definition.basis ? { basis: definition.basis } : {}),
      level: definition.level,
      scenario: definition.scenario,
      required: this.options.selection.required(definition),
      status,
      expectation: definition.expectation,
      observation,
      ...(violations ? { violations } : {}),
      evidence,
      ...((status === "fail" || status === "missing") && evidence[0]
        ? { reproduction: toCurl(evidence[0]) }
        : {}),
      durationMs: Math.round(durationMs * 10) / 10,
    };
    this.results.set(definition.id, result);
    this.options.onEvent?.({ type: "check", result });
  }

  /** Skips every selected, undecided check of a scenario (or of the whole catalogue) with a reason. */
  skipRemaining(reason: string, scenario?: ScenarioId, filter: (id: CheckId) => boolean = () => true): void {
    for (const id of this.pendingIds(scenario).filter(filter)) {
      const definition = checkDefinition(id);
      const unsupported = this.unsupported(definition);
      if (unsupported) this.record(definition, "not-supported", unsupported, [], 0);
      else this.record(definition, "skip", reason, [], 0);
    }
  }

  pendingIds(scenario?: ScenarioId): CheckId[] {
    const ids: CheckId[] = [];
    for (const definition of CATALOGUE) {
      if (scenario && definition.scenario !== scenario) continue;
      if (this.options.selection.selected(definition) && !this.results.has(definition.id))
        ids.push(definition.id);
    }
    return ids;
  }

  /** Real milliseconds left before the run's deadline; throws when none are, so the runner can stop cleanly. */
  private timeLeft(): number {
    const left = this.options.deadline - performance.now();
    if (left <= 0)
      throw new RunTimeout(`the run's timeout of ${this.options.timeoutMs / 1000} s was exhausted`);
    return left;
  }

  /**
   * Whether the run's deadline has passed (a request cut by it says nothing about the back-end). Node's timers
   * count whole milliseconds of a clock read once per loop turn, so a request timer set to the time left can fire
   * up to 1 ms before the deadline by `performance.now()`: that last millisecond counts as past it.
   */
  outOfTime(): boolean {
    return performance.now() >= this.options.deadline - TIMER_GRANULARITY_MS;
  }

  static isRunTimeout(error: unknown): error is Error {
    return error instanceof RunTimeout;
  }

  /** The origin of the API under test: the only one the kit sends credentials to. */
  apiOrigin(): string {
    return new URL(this.options.baseUrl).origin;
  }

  /** Whether a URL is on the API's origin, so that credentials may go there. */
  onApiOrigin(url: string): boolean {
    return sameOrigin(url, this.apiOrigin());
  }

  url(path: string): string {
    return `${this.options.baseUrl}${path}`;
  }

  authHeader(token: string | undefined = this.token): Record<string, string> {
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  /**
   * One request to an API endpoint. `endpoint` is the path template (`/jobs/{}`); `params` fill its holes.
   * `auth`: the main user's token (default), `"second"`, `"payment"`, `"none"` or an explicit header value.
   */
  async api(
    method: string,
    endpoint: string,
    options: {
      params?: string[];
      query?: Record<string, string>;
      json?: unknown;
      auth?: ApiAuth;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Exchange> {
    const timeoutMs = this.timeLeft();
    let index = 0;
    const path = endpoint.replace(/\{[^}]*\}/g, () => encodeURIComponent(options.params?.[index++] ?? ""));
    const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : "";
    const request: ProbeRequest = {
      method,
      url:
        endpoint === "/.well-known/openeo"
          ? `${new URL(this.options.baseUrl).origin}${path}`
          : this.url(path) + query,
      headers: { ...this.credentialHeader(options.auth ?? "main"), ...options.headers },
      timeoutMs,
      ...(options.json === undefined ? {} : { json: options.json }),
    };
    this.options.onEvent?.({ type: "request", method, url: request.url });
    const exchange = await this.probe.request(request);
    this.apiInfo.set(exchange.seq, { endpoint: endpointKey(method, endpoint), path: `${path}${query}` });
    return exchange;
  }

  private credentialHeader(auth: ApiAuth): Record<string, string> {
    if (typeof auth === "object") return { Authorization: auth.header };
    if (auth === "none") return {};
    return this.authHeader({ main: this.token, second: this.secondToken, payment: this.paymentToken }[auth]);
  }

  /** The API the run tests, once found; sets the base URL every request of the run goes to. */
  useApi(found: FoundApi): void {
    this.discovered = found;
    this.options.baseUrl = found.url;
  }

  /** Takes an exchange made while searching for the API as an answer of its `endpoint` (`GET /`). */
  adopt(exchange: Exchange, endpoint: string): void {
    this.apiInfo.set(exchange.seq, { endpoint, path: endpoint.slice(endpoint.indexOf(" ") + 1) });
  }

  /**
   * Whether the checks over every exchange judge this one: not a search that found no part of the API, and not
   * an answer of an endpoint the capabilities do not list (what a back-end does not offer is not judged as if it
   * did).
   */
  judged(exchange: Exchange): boolean {
    if (exchange.purpose === "idp") return false;
    const endpoint = this.apiInfo.get(exchange.seq)?.endpoint;
    if (endpoint === undefined) return exchange.purpose !== "search";
    return UNLISTED_ROOTS.has(endpoint) || this.supports(endpoint);
  }

  /** A form POST to an identity provider's endpoint (outside the API; never judged as an openEO answer). */
  async postForm(url: string, form: Record<string, string>): Promise<Exchange> {
    const timeoutMs = this.timeLeft();
    this.options.onEvent?.({ type: "request", method: "POST", url });
    return this.probe.request({ method: "POST", url, form, purpose: "idp", timeoutMs });
  }

  /**
   * A request to an absolute URL outside the API (asset downloads, `next` links). An asset is asked for without
   * compression and its redirects are followed (see {@link followRedirects}); the API's are answers to judge.
   */
  async fetchUrl(
    method: string,
    url: string,
    headers: Record<string, string> = {},
    purpose: ProbeRequest["purpose"] = "asset",
  ): Promise<Exchange> {
    const origin = this.apiOrigin();
    const ask = (target: string, sent: Record<string, string>) => {
      this.options.onEvent?.({ type: "request", method, url: target });
      const carried = sameOrigin(target, origin) ? sent : withoutCredentials(sent);
      return this.probe.request({
        method,
        url: target,
        headers: carried,
        purpose,
        timeoutMs: this.timeLeft(),
      });
    };
    if (purpose !== "asset") return ask(url, headers);
    // the bytes as stored: with compression, Content-Length would count other bytes than those judged
    const sent = { "Accept-Encoding": "identity", ...headers };
    return followRedirects(await ask(url, sent), sent, origin, ask);
  }
}
