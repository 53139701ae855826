import { CATALOGUE } from "./catalogue.js";
import { DEFAULT_FAILING_PROCESS, DEFAULT_PROCESS, normaliseProcess } from "./default-processes.js";
import { ConformanceUsageError, TargetUnreachableError } from "./errors.js";
import type { FetchLike } from "./fetch-like.js";
import { chooseProcesses, UNKNOWN_COLLECTION } from "./internal/choose-process.js";
import { CLEANUP_GRACE_MS, cleanUp } from "./internal/cleanup.js";
import { createEmbeddedTarget } from "./internal/embedded-target.js";
import { findApi } from "./internal/find-api.js";
import { createProbe } from "./internal/probe.js";
import { attacks } from "./internal/scenarios/attacks.js";
import { auth } from "./internal/scenarios/auth.js";
import { cancel } from "./internal/scenarios/cancel.js";
import { collections } from "./internal/scenarios/collections.js";
import { discovery, discoveryAuthenticated } from "./internal/scenarios/discovery.js";
import { failing } from "./internal/scenarios/failing.js";
import { formatNames } from "./internal/scenarios/format-names.js";
import { isolation } from "./internal/scenarios/isolation.js";
import { lifecycle } from "./internal/scenarios/lifecycle.js";
import { overall } from "./internal/scenarios/overall.js";
import { partial } from "./internal/scenarios/partial.js";
import { payment } from "./internal/scenarios/payment.js";
import { processes } from "./internal/scenarios/processes.js";
import { sync } from "./internal/scenarios/sync.js";
import { createSelection } from "./internal/selection.js";
import { type Credentials, noTokenReason, ScenarioStopped, Session } from "./internal/session.js";
import { stoppedAnswering } from "./internal/stopped-answering.js";
import type { OidcClient } from "./oidc-client.js";
import { createRedactor } from "./redaction/create-redactor.js";
import type { RunClock } from "./run-clock.js";
import {
  type ApiDiscovery,
  type CheckResult,
  type ConformanceEvent,
  type ConformanceResult,
  LEVEL_NAMES,
  LEVELS,
  type LevelSummary,
  type ScenarioId,
  type Verdict,
} from "./types.js";

/** How a further user signs in: HTTP Basic, a ready bearer token, or OpenID Connect client credentials. */
export type UserCredentials =
  | { user: string; password: string }
  | { token: string }
  | { oidcClient: OidcClient };

/** Options of {@link runConformance}. Every field is optional. */
export interface ConformanceOptions {
  /** The back-end's API base URL. Without it the kit starts the jobkit mock in process (virtual time). */
  url?: string;
  /** Replaces the global fetch (e.g. an in-process app's `fetch`). Called with one `Request`. */
  fetch?: FetchLike;
  /** The clock waits run on, when it is the target's own (an in-process mock's virtual time). */
  clock?: RunClock;
  /**
   * The openEO version to test when `/.well-known/openeo` lists several (`1.2` or `1.2.0`); default: the newest
   * production version the kit judges. Ignored when `url` is itself an API root of that version.
   */
  apiVersion?: string;
  /** HTTP Basic user and password. Default on the embedded mock: alice / alice123. */
  user?: string;
  password?: string;
  /** A bearer token instead of user and password: the whole value after `Bearer ` (`basic//…`, `oidc/…`). */
  token?: string;
  /**
   * OpenID Connect client credentials of the main user: sign in with them when no user or token is given, and
   * use their access token for the JWT and token-attack checks. Default on the embedded mock: alice-client.
   */
  oidcClient?: OidcClient;
  /** A second user for the isolation checks (password, token or OIDC client). Default on the embedded mock: bob. */
  secondUser?: UserCredentials;
  /** A user without credit, for the payment checks. Default on the embedded mock: broke / broke123. */
  paymentUser?: UserCredentials;
  /**
   * The process the jobs run (`{process_graph}`); default: chosen from the back-end, its first collection over a
   * 0.01° square and five days, saved in the first of GTiff, JSON and PNG it lists.
   */
  process?: Record<string, unknown>;
  /** A process that fails while it runs; default: the jobs' process loading a collection no back-end has. */
  failingProcess?: Record<string, unknown>;
  /** Check ids (or prefixes ending in `*`), rule numbers, levels or scenario names to run; empty: all. */
  only?: readonly string[];
  /** The same kinds of names, to leave out. */
  skip?: readonly string[];
  /**
   * The same kinds of names, to require: their failure fails the run although they are not required by default
   * (jobkit's extras, L2 and L3 checks). Unlike `only`, it does not narrow the run.
   */
  require?: readonly string[];
  /** Budget of the whole run in real milliseconds (default 300 000). */
  timeoutMs?: number;
  /** Budget of each wait for a job status, on the run's clock (default 120 000). */
  jobTimeoutMs?: number;
  /** Pause between status polls, on the run's clock (default 1000). */
  pollIntervalMs?: number;
  /** Budget of each request in real milliseconds (default 30 000). */
  requestTimeoutMs?: number;
  /** Largest body read per answer (default 64 MiB). */
  maxBodyBytes?: number;
  /** Called as the run goes: scenarios, requests, verdicts (redacted like the result). */
  onEvent?: (event: ConformanceEvent) => void;
  /**
   * Hide every secret in the result and the events (default true): passwords, client secrets, tokens sent and
   * received, signed-link signatures. `false` (`--no-redact`) is for local debugging only; the result then says
   * `redacted: false` and every report warns at its top.
   */
  redact?: boolean;
}

/** Checks of the discovery scenario that run after authentication. */
const DEFERRED = new Set([
  "file-formats.list",
  "capabilities.no-broken",
  "capabilities.unlisted",
  "capabilities.listed-methods",
]);
/** The reason for a selected check its scenario did not reach (its endpoints not listed → not supported). */
const UNREACHED = "not evaluated: its scenario did not get to it";

type Step = readonly [ScenarioId, (s: Session) => Promise<void>, "token" | "none"];

const STEPS: readonly Step[] = [
  ["auth", auth, "none"],
  ["discovery", discoveryAuthenticated, "none"],
  ["lifecycle", lifecycle, "token"],
  ["cancel", cancel, "token"],
  ["failing", failing, "token"],
  ["partial", partial, "token"],
  ["sync", sync, "token"],
  ["isolation", isolation, "token"],
  ["payment", payment, "token"],
  ["collections", collections, "none"],
  ["formats", formatNames, "token"],
  ["processes", processes, "token"],
  ["attacks", attacks, "none"],
  ["overall", overall, "none"],
];

/** An option that must be a number > 0, or its fallback when absent. */
export function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new ConformanceUsageError(`${name} must be a number > 0, got ${value}.`);
  return value;
}

/** Scenarios whose jobs or sync requests run the process. */
const PROCESS_SCENARIOS: readonly ScenarioId[] = [
  "lifecycle",
  "cancel",
  "failing",
  "partial",
  "sync",
  "isolation",
  "payment",
  "formats",
  "processes",
];

/**
 * Sets the processes the run uses when the options give none: chosen from the back-end's collections and
 * formats. Returns, in words, what the jobs run.
 */
async function useProcesses(s: Session, options: ConformanceOptions): Promise<string> {
  const given = options.process !== undefined;
  const failingGiven = options.failingProcess !== undefined;
  const failing = failingGiven ? "the given failing process" : undefined;
  if (given)
    return `the jobs run the given process; the failing job runs ${failing ?? "the default failing process"}`;
  if (!s.fullRun && PROCESS_SCENARIOS.every((scenario) => s.pendingIds(scenario).length === 0))
    return "no scenario of this selection runs a process";
  const chosen = await chooseProcesses(s);
  if (!chosen)
    return "the back-end lists no collection or no output format: the jobs run the built-in default (SENTINEL2_L2A as GTiff); give --process";
  s.options.process = chosen.process;
  if (!failingGiven) s.options.failingProcess = chosen.failingProcess;
  return `the jobs ${chosen.summary}; the failing job runs ${failing ?? `the same with the unknown collection ${UNKNOWN_COLLECTION}`}`;
}

/** How the run found its API, without the exchanges (those are evidence of the discovery checks). */
function publicApi(s: Session): ApiDiscovery {
  const {
    capabilities: _capabilities,
    wellKnown: _wellKnown,
    ...api
  } = s.discovered ?? {
    given: s.url(""),
    url: s.url(""),
    source: "as-given" as const,
  };
  return api;
}

/** The secrets of the users a run signs in: passwords, tokens and client secrets. */
function userSecrets(
  users: readonly ({ password?: string; token?: string; oidcClient?: OidcClient } | undefined)[],
): (string | undefined)[] {
  return users.flatMap((user) => [user?.password, user?.token, user?.oidcClient?.clientSecret]);
}

/** Counts per level and status, in report order. */
export function summarise(checks: readonly CheckResult[]): LevelSummary[] {
  return LEVELS.map((level) => {
    const inLevel = checks.filter((check) => check.level === level);
    const count = (status: CheckResult["status"]) =>
      inLevel.filter((check) => check.status === status).length;
    return {
      level,
      name: LEVEL_NAMES[level],
      total: inLevel.length,
      pass: count("pass"),
      fail: count("fail"),
      missing: count("missing"),
      skip: count("skip"),
      notSupported: count("not-supported"),
    };
  });
}

/**
 * Runs the catalogue against a back-end and returns every verdict with its evidence. Never throws for what
 * the back-end does; throws {@link ConformanceUsageError} for bad options and {@link TargetUnreachableError}
 * when `GET /` gets no answer at all.
 *
 * @example
 * import { runConformance } from "@jobkit/conformance";
 * const result = await runConformance({ url: "https://openeo.example/openeo/1.2", user: "me", password: "secret" });
 * for (const check of result.checks) if (check.status === "fail") console.log(check.id, check.observation);
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceResult> {
  const selection = createSelection(options.only, options.skip, options.require);
  const timeoutMs = positive(options.timeoutMs, 300_000, "timeoutMs");
  const jobTimeoutMs = positive(options.jobTimeoutMs, 120_000, "jobTimeoutMs");
  const pollIntervalMs = positive(options.pollIntervalMs, 1000, "pollIntervalMs");
  const requestTimeoutMs = positive(options.requestTimeoutMs, 30_000, "requestTimeoutMs");
  const maxBodyBytes = positive(options.maxBodyBytes, 64 * 1024 * 1024, "maxBodyBytes");
  const process = normaliseProcess(options.process ?? DEFAULT_PROCESS, "the process option");
  const failingProcess = normaliseProcess(
    options.failingProcess ?? DEFAULT_FAILING_PROCESS,
    "the failingProcess option",
  );
  if (options.url !== undefined && !URL.canParse(options.url)) {
    throw new ConformanceUsageError(
      `url "${options.url}" is not an absolute URL; give e.g. https://openeo.example/openeo/1.2`,
    );
  }

  const embedded = options.url === undefined ? await createEmbeddedTarget() : undefined;
  const baseUrl = (options.url ?? embedded?.url ?? "").replace(/\/+$/, "");
  const fetchFn: FetchLike = options.fetch ?? embedded?.fetch ?? ((request) => fetch(request));
  const clock: RunClock = options.clock ??
    embedded?.clock ?? {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
  const oidcClient =
    options.oidcClient ?? (options.url === undefined ? embedded?.credentials.oidcClient : undefined);
  const given: Credentials | undefined =
    options.token !== undefined
      ? { token: options.token }
      : options.user !== undefined
        ? { user: options.user, password: options.password ?? "" }
        : (embedded?.credentials ?? (oidcClient ? {} : undefined));
  const credentials: Credentials | undefined = given && { ...given, ...(oidcClient ? { oidcClient } : {}) };
  const secondUser = options.secondUser ?? embedded?.secondUser;
  const paymentUser = options.paymentUser ?? embedded?.paymentUser;

  const startedAt = new Date();
  const started = performance.now();
  const redact = options.redact ?? true;
  const redactor = createRedactor();
  redactor.learn(...userSecrets([options, credentials, secondUser, paymentUser]));
  const shown = <T>(value: T): T => (redact ? redactor.deep(value) : value);
  const onEvent = options.onEvent && ((event: ConformanceEvent) => options.onEvent?.(shown(event)));
  const targetClock = options.clock !== undefined || embedded !== undefined;
  const probe = createProbe({
    fetch: fetchFn,
    timeoutMs: requestTimeoutMs,
    maxBodyBytes,
    origin: "https://jobkit-conformance.example",
    redactor,
    showSecrets: !redact,
    ...(targetClock ? { targetClock: () => clock.now() } : {}),
  });
  const s = new Session({
    baseUrl,
    probe,
    clock,
    selection,
    jobTimeoutMs,
    pollIntervalMs,
    deadline: started + timeoutMs,
    timeoutMs,
    credentials,
    secondUser,
    paymentUser,
    process,
    failingProcess,
    targetClock,
    onEvent,
  });

  const leftovers: string[] = [];
  let processChoice = "not chosen: the run ended before";
  try {
    s.useApi(await findApi(s, baseUrl, options.apiVersion));
    onEvent?.({ type: "target", api: publicApi(s) });
    s.enterScenario("discovery");
    await discovery(s);
    s.skipRemaining(UNREACHED, "discovery", (id) => !DEFERRED.has(id));
    processChoice = await useProcesses(s, options);
    onEvent?.({ type: "process", choice: processChoice });
    for (const [scenario, step, needs] of STEPS) {
      if (!s.fullRun && s.pendingIds(scenario).length === 0 && scenario !== "auth") continue;
      s.enterScenario(scenario);
      if (needs === "token" && !s.token) {
        s.skipRemaining(noTokenReason(credentials), scenario);
        continue;
      }
      try {
        await step(s);
        s.skipRemaining(UNREACHED, scenario);
      } catch (error) {
        if (error instanceof ScenarioStopped) s.skipRemaining(error.message, scenario);
        else if (Session.isRunTimeout(error) || error instanceof TargetUnreachableError) throw error;
        else {
          s.runProblems.push(
            `internal error of the kit in the ${scenario} scenario: ${(error as Error).stack ?? error}`,
          );
          s.skipRemaining(`not evaluated: the kit failed internally (${(error as Error).message})`, scenario);
        }
      }
    }
  } catch (error) {
    if (!Session.isRunTimeout(error)) throw error;
    s.runProblems.push((error as Error).message);
    s.skipRemaining(`not run: ${(error as Error).message}`);
  } finally {
    leftovers.push(...(await cleanUp(s, started + timeoutMs + CLEANUP_GRACE_MS)));
    await embedded?.close();
  }
  const died = stoppedAnswering(probe.exchanges, s.apiOrigin());
  if (died) s.runProblems.unshift(died);

  const checks = CATALOGUE.flatMap((definition) => {
    const result = s.results.get(definition.id);
    return result ? [result] : [];
  });
  const failed =
    s.runProblems.length > 0 ||
    leftovers.length > 0 ||
    checks.some((check) => check.required && (check.status === "fail" || check.status === "missing"));
  const verdict: Verdict = failed
    ? "fail"
    : checks.some((check) => check.required && check.status === "skip")
      ? "incomplete"
      : "pass";
  return shown({
    target: embedded ? "embedded jobkit mock" : s.url(""),
    api: publicApi(s),
    processChoice,
    embedded: embedded !== undefined,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks,
    summary: summarise(checks),
    timelines: [...s.jobs.timelines.values()].map((timeline) => ({ ...timeline })),
    leftovers,
    runProblems: s.runProblems,
    verdict,
    ok: verdict === "pass",
    redacted: redact,
  });
}
