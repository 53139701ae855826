import { formatRules } from "../catalogue.js";
import { toCurl } from "../internal/curl.js";
import { createSelection, type Selection } from "../internal/selection.js";
import { summarise } from "../run-conformance.js";
import type { CheckDefinition, CheckResult, ConformanceResult, Evidence } from "../types.js";
import type { ValidatingProxy } from "./create-proxy.js";
import { exchangeEvidence } from "./exchange-evidence.js";
import { PROXY_RULES } from "./proxy-rules.js";
import type { RewriteCounts } from "./rewrite-urls.js";
import type { Side, Violation } from "./verdicts.js";

const SHOWN = 5;

/** One violation as reports show it: the side at fault, the exchange (redacted) and a curl reproduction. */
export interface ReportedViolation {
  readonly check: string;
  readonly side: Side;
  readonly message: string;
  readonly seq: number;
  readonly exchange: Evidence;
  readonly curl: string;
}

/** What the proxy did besides judging, for the JSON report. */
export interface ProxySummary {
  readonly upstream: string;
  readonly url: string;
  readonly exchanges: number;
  /** The api_versions discovered through the proxy, and the contract version that judged them. */
  readonly discoveredVersions: readonly string[];
  readonly judgedAs: readonly string[];
  /** Every kind of URL rewrite and how often it was made. */
  readonly rewrites: Readonly<RewriteCounts>;
  /** With followAssets the results documents' asset hrefs were rewritten: their bytes differ from the upstream's. */
  readonly followAssets: boolean;
  readonly violations: readonly ReportedViolation[];
}

/** A conformance result made of the traffic the proxy saw, with the proxy's own summary. */
export interface ProxyResult extends ConformanceResult {
  readonly proxy: ProxySummary;
}

function violationLine(violation: Violation): string {
  const { exchange } = violation;
  const answer = exchange.status === undefined ? "no answer" : String(exchange.status);
  return `[${violation.side}] #${exchange.seq} ${exchange.method} ${exchange.upstreamUrl.pathname}${exchange.upstreamUrl.search} → ${answer}: ${violation.message} · reproduce: ${toCurl(exchangeEvidence(exchange))}`;
}

/** What ran and what the proxy changed, in words (reports show it where a run shows its process choice). */
function trafficLine(proxy: ValidatingProxy): string {
  const kinds = Object.entries(proxy.rewrites).map(([kind, count]) => `${kind} ×${count}`);
  const assets = proxy.followAssets
    ? "; --follow-assets was on: results documents carry the proxy's asset hrefs, so their bytes differ from the upstream's"
    : "";
  return `the client's own ${proxy.judge.exchanges()} requests through the proxy; rewrote ${kinds.join(", ") || "nothing"}${assets}`;
}

function trafficVerdict(definition: CheckDefinition, proxy: ValidatingProxy) {
  const shared = proxy.judge.sharedVerdict(definition.id);
  if (shared) {
    const noFollow =
      shared.status === "skip" && definition.id.startsWith("downloads.") && !proxy.followAssets;
    return noFollow ? { ...shared, observation: "downloads are judged only with --follow-assets" } : shared;
  }
  const violations = proxy.judge.verdicts.violations.filter((violation) => violation.check === definition.id);
  const judged = proxy.judge.verdicts.judged(definition.id);
  const more = violations.length > SHOWN ? `; and ${violations.length - SHOWN} more` : "";
  return {
    status: violations.length > 0 ? "fail" : judged > 0 ? "pass" : "skip",
    observation:
      violations.length > 0
        ? `${violations.length} of ${judged} exchanges: ${violations.slice(0, SHOWN).map(violationLine).join("; ")}${more}`
        : judged > 0
          ? `${judged} exchanges, all conform`
          : "no exchange of this kind went through the proxy",
    evidence: violations.slice(0, SHOWN).map((violation) => exchangeEvidence(violation.exchange)),
  } as const;
}

function checkResult(definition: CheckDefinition, proxy: ValidatingProxy, selection: Selection): CheckResult {
  const { status, observation, evidence } = trafficVerdict(definition, proxy);
  const rule = formatRules(definition.rules);
  return {
    id: definition.id,
    source: definition.source,
    ...(rule ? { rule } : {}),
    rules: definition.rules,
    ...(definition.basis ? { basis: definition.basis } : {}),
    level: definition.level,
    scenario: definition.scenario,
    required: selection.required(definition),
    status,
    expectation: definition.expectation,
    observation,
    evidence,
    ...(status === "fail" && evidence[0] ? { reproduction: toCurl(evidence[0]) } : {}),
    durationMs: 0,
  };
}

/**
 * The verdicts over the traffic a proxy saw, as a conformance result the kit's reporters render (one check per
 * rule, failing with each violation), plus the proxy's summary. `runProblems` (e.g. a failed command) fail it.
 *
 * @example
 * await proxy.close();
 * const result = proxyResult(proxy, { startedAt, durationMs, runProblems: [] });
 * writeFileSync("traffic.xml", toJUnit(result));
 */
export function proxyResult(
  proxy: ValidatingProxy,
  run: {
    startedAt: string;
    durationMs: number;
    runProblems: readonly string[];
    /** Names of checks whose violations fail the run although they only warn by default (`--require`). */
    require?: readonly string[];
  },
): ProxyResult {
  const selection = createSelection([], [], run.require);
  const checks = PROXY_RULES.map((definition) => checkResult(definition, proxy, selection));
  const failed = checks.some((check) => check.required && check.status === "fail");
  const verdict = failed || run.runProblems.length > 0 ? "fail" : "pass";
  const judgedAs = proxy.judge.judgedAs();
  return proxy.redact({
    target: `${proxy.upstream.href} (traffic through the proxy at ${proxy.url})`,
    api: {
      given: proxy.upstream.href,
      url: proxy.upstream.href,
      apiVersion: judgedAs.join(", "),
      source: "as-given",
    },
    processChoice: trafficLine(proxy),
    embedded: false,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    checks,
    summary: summarise(checks),
    timelines: proxy.judge.timelines(),
    leftovers: [],
    runProblems: run.runProblems,
    verdict,
    ok: verdict === "pass",
    proxy: {
      upstream: proxy.upstream.href,
      url: proxy.url,
      exchanges: proxy.judge.exchanges(),
      discoveredVersions: proxy.judge.versions(),
      judgedAs,
      rewrites: { ...proxy.rewrites },
      followAssets: proxy.followAssets,
      violations: proxy.judge.verdicts.violations.map((violation) => ({
        check: violation.check,
        side: violation.side,
        message: violation.message,
        seq: violation.exchange.seq,
        exchange: exchangeEvidence(violation.exchange),
        curl: toCurl(exchangeEvidence(violation.exchange)),
      })),
    },
  });
}
