/** A profile level: L1 minimal (with L1A sync and L1B batch jobs), L2 recommended, L3 advanced. */
export type Level = "L1" | "L1A" | "L1B" | "L2" | "L3";

/** Every level, in report order. */
export const LEVELS: readonly Level[] = ["L1", "L1A", "L1B", "L2", "L3"];

/** What each level is called in reports ("L1B batch jobs: 31/33"). */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  L1: "minimal",
  L1A: "sync processing",
  L1B: "batch jobs",
  L2: "recommended",
  L3: "advanced",
};

/**
 * The verdict of one check.
 * - `pass` / `fail`: the expectation held / did not hold.
 * - `skip`: not evaluated; the observation says why (a failed prerequisite, a budget, a missing option).
 * - `not-supported`: the back-end does not advertise what the check needs (a skip with its reason).
 * - `missing`: advertised in the capabilities, but the endpoint answered 404 or 501 (a failure).
 */
export type CheckStatus = "pass" | "fail" | "skip" | "not-supported" | "missing";

/** The group of checks that run together and share their requests. */
export type ScenarioId =
  | "discovery"
  | "auth"
  | "lifecycle"
  | "cancel"
  | "failing"
  | "partial"
  | "sync"
  | "isolation"
  | "payment"
  | "collections"
  | "formats"
  | "processes"
  | "attacks"
  | "overall"
  | "proxy";

/**
 * Where a check's expectation comes from: `openeo`, the openEO API document and its profile rules (required at
 * L1, L1A and L1B); `jobkit`, a promise jobkit makes beyond openEO (`JOBKIT_EXTRAS` of `@jobkit/spec`), advisory
 * unless the run requires it (`require`, `only`).
 */
export type CheckSource = "openeo" | "jobkit";

/** One entry of the catalogue. */
export interface CheckDefinition {
  /** Stable id, e.g. `jobs.create.status-201`. */
  readonly id: string;
  readonly source: CheckSource;
  /** The openEO API profile rule numbers the check covers; empty for jobkit's own checks. */
  readonly rules: readonly number[];
  /**
   * For an openEO check that no profile rule numbers: the passage of the openEO API document (or of the HTTP, STAC
   * or OpenID standard it builds on) that asks for it.
   */
  readonly basis?: string;
  readonly level: Level;
  readonly scenario: ScenarioId;
  /** One line: what a conforming back-end does. */
  readonly expectation: string;
  /** Endpoints (`METHOD /path/{}`) the capabilities must list for the check to apply. */
  readonly needs: readonly string[];
}

/** One HTTP exchange as the kit saw it. Credentials are redacted. */
export interface Evidence {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody?: string;
  /** Absent when no response arrived (timeout, reset, refused). */
  readonly status?: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The first bytes of the body as text (binary bodies are summarised). */
  readonly bodyExcerpt: string;
  /** How many body bytes arrived. */
  readonly bodyBytes: number;
  readonly durationMs: number;
  /** What went wrong on the wire, in one sentence (timeout, reset, redirect, truncated, too large). */
  readonly problem?: string;
}

/** The verdict of one check with everything needed to act on it. */
export interface CheckResult {
  readonly id: string;
  readonly source: CheckSource;
  /** Display form of the rules (`#710–711`), absent for jobkit's own checks. */
  readonly rule?: string;
  readonly rules: readonly number[];
  /** Where openEO asks for it when no profile rule numbers it (see {@link CheckDefinition.basis}). */
  readonly basis?: string;
  readonly level: Level;
  readonly scenario: ScenarioId;
  /**
   * Whether a failure of this check makes the run fail: openEO checks of L1, L1A and L1B, and any check named by
   * `only` or `require`. A failure that is not required is a warning.
   */
  readonly required: boolean;
  readonly status: CheckStatus;
  readonly expectation: string;
  /** What was seen, in one or a few sentences. */
  readonly observation: string;
  /** Every finding, one line each, when the observation names only the first few (e.g. "and 7 more"). */
  readonly violations?: readonly string[];
  readonly evidence: readonly Evidence[];
  /** For a failure: a curl command that sends its first exchange again (credentials from shell variables). */
  readonly reproduction?: string;
  /**
   * Milliseconds spent judging the answers. The requests themselves are timed in `evidence[].durationMs`
   * (several checks often judge the same request).
   */
  readonly durationMs: number;
}

/** A status seen at a moment of the run (milliseconds since the run started, on the run's clock). */
export interface TimelinePoint {
  readonly atMs: number;
  readonly status: string;
  readonly progress?: number;
}

/** One asset download, for the timeline picture. */
export interface TimelineDownload {
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly ok: boolean;
}

/** A job the kit created and the statuses it went through while the kit watched it (none if never polled). */
export interface JobTimeline {
  readonly jobId: string;
  readonly scenario: ScenarioId;
  readonly points: readonly TimelinePoint[];
  readonly downloads: readonly TimelineDownload[];
}

/** Counts per status for one level. */
export interface LevelSummary {
  readonly level: Level;
  readonly name: string;
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly missing: number;
  readonly skip: number;
  readonly notSupported: number;
}

/** Which API the kit tested and how it found it. */
export interface ApiDiscovery {
  /** The URL the user gave. */
  readonly given: string;
  /** The API root the kit tested. */
  readonly url: string;
  /** The openEO version the kit judged by (from the well-known document or the capabilities). */
  readonly apiVersion?: string;
  /**
   * `api-root`: the given URL answered capabilities and was used as is; `well-known`: a version listed by
   * `/.well-known/openeo` (at `wellKnownUrl`); `as-given`: neither, the URL was tested as given.
   */
  readonly source: "api-root" | "well-known" | "as-given";
  readonly wellKnownUrl?: string;
}

/** Everything one run found. */
export interface ConformanceResult {
  /** The API root the kit tested (or "embedded jobkit mock"). */
  readonly target: string;
  /** How the kit found the API it tested. */
  readonly api: ApiDiscovery;
  /** What the jobs ran, in words: the given process, or what the kit chose from the back-end's offer. */
  readonly processChoice: string;
  /** Whether the target was the embedded mock back-end. */
  readonly embedded: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly checks: readonly CheckResult[];
  readonly summary: readonly LevelSummary[];
  readonly timelines: readonly JobTimeline[];
  /** Jobs the kit created and could not delete at the end. */
  readonly leftovers: readonly string[];
  /** Problems of the run itself (an exhausted `--timeout`, an internal error of the kit). */
  readonly runProblems: readonly string[];
  /**
   * `fail`: a required check failed or was missing, jobs were left behind, or the run had a problem (a failed
   * login, an exhausted timeout). `incomplete`: nothing failed, but required checks were skipped for a reason
   * other than "not supported" (a missing option, a failed prerequisite); leave them out with `skip` to accept
   * that knowingly. `pass`: every required check that applies passed.
   */
  readonly verdict: Verdict;
  /** True when the verdict is `pass`. */
  readonly ok: boolean;
  /**
   * Whether secrets are hidden (passwords, tokens, client secrets, signed-link signatures). `false` only for a
   * run with `redact: false` (`--no-redact`); every report then warns at its top. Absent counts as true.
   */
  readonly redacted?: boolean;
}

/** The verdict of a whole run. */
export type Verdict = "pass" | "fail" | "incomplete";

/** Progress events while a run goes (for live reporters). */
export type ConformanceEvent =
  | { readonly type: "target"; readonly api: ApiDiscovery }
  | { readonly type: "process"; readonly choice: string }
  | { readonly type: "scenario"; readonly scenario: ScenarioId }
  | { readonly type: "check"; readonly result: CheckResult }
  | { readonly type: "request"; readonly method: string; readonly url: string }
  /** A status poll of a job answered with its status (a wait goes on while these come). */
  | { readonly type: "job-status"; readonly jobId: string; readonly status: string };
