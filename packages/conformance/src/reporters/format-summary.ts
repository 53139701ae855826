import type { ApiDiscovery, CheckResult, ConformanceResult, LevelSummary } from "../types.js";

/** "L1B batch jobs: 31/33": passed of the checks that applied (skipped and not supported left out). */
export function levelLine(summary: LevelSummary): string {
  const applicable = summary.total - summary.skip - summary.notSupported;
  const aside = [
    summary.fail ? `${summary.fail} failed` : "",
    summary.missing ? `${summary.missing} missing` : "",
    summary.skip ? `${summary.skip} skipped` : "",
    summary.notSupported ? `${summary.notSupported} not supported` : "",
  ].filter(Boolean);
  return `${summary.level} ${summary.name}: ${summary.pass}/${applicable}${aside.length ? ` (${aside.join(", ")})` : ""}`;
}

/** Whether a check's status is a failure (fail or missing). */
export function isFailure(check: CheckResult): boolean {
  return check.status === "fail" || check.status === "missing";
}

/** Whether a check is a jobkit extra that failed without being required: a warning, not a failure of the run. */
export function isJobkitWarning(check: CheckResult): boolean {
  return check.source === "jobkit" && !check.required && isFailure(check);
}

/** How reports tag a check that is not required: "optional", or for a jobkit extra how to enforce it. */
export function weightNote(check: CheckResult): string {
  if (check.required) return "";
  return check.source === "jobkit" ? `jobkit extra, advisory: --require ${check.id} to enforce` : "optional";
}

/** Whether a check was not evaluated (skip or not-supported). */
export function isSkipped(check: CheckResult): boolean {
  return check.status === "skip" || check.status === "not-supported";
}

/** Whether a required check was skipped for a reason other than "not supported" (the run is incomplete). */
export function isUnevaluated(check: CheckResult): boolean {
  return check.required && check.status === "skip";
}

/** The required checks that were skipped, grouped by the reason they were skipped: [reason, ids]. */
export function unevaluated(result: ConformanceResult): [string, string[]][] {
  const byReason = new Map<string, string[]>();
  for (const check of result.checks.filter(isUnevaluated))
    byReason.set(check.observation, [...(byReason.get(check.observation) ?? []), check.id]);
  return [...byReason];
}

/** The checks whose status is a failure (fail or missing). */
export function failures(result: ConformanceResult): CheckResult[] {
  return result.checks.filter(isFailure);
}

/** The problems of the run itself, then the jobs left behind, one line each. */
export function runProblemLines(result: ConformanceResult): string[] {
  return [...result.runProblems, ...result.leftovers.map((leftover) => `left behind: ${leftover}`)];
}

/** "1 job", "2 jobs". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** One line of verdict for the whole run. */
export function verdictLine(result: ConformanceResult): string {
  const failed = failures(result);
  const required = failed.filter((check) => check.required).length;
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.verdict === "pass") {
    const warnings = result.checks.filter(isJobkitWarning).length;
    const optional = count(failed.length - warnings, "optional failure");
    const extras = warnings ? `, ${count(warnings, "jobkit warning")}` : "";
    return `PASS: every required check passed (${count(result.checks.length, "check")}, ${optional}${extras}, ${seconds} s)`;
  }
  if (result.verdict === "incomplete") {
    const reasons = unevaluated(result).map(([reason, ids]) => `${ids.join(", ")}: ${reason}`);
    return `INCOMPLETE: ${count(result.checks.filter(isUnevaluated).length, "required check")} not evaluated — ${reasons.join("; ")}. Give what is missing, or leave them out knowingly with --skip (${count(result.checks.length, "check")}, ${seconds} s)`;
  }
  const reasons = [
    required ? `${count(required, "required check")} failed` : "",
    result.leftovers.length ? `${count(result.leftovers.length, "job")} left behind` : "",
    result.runProblems.length ? count(result.runProblems.length, "run problem") : "",
  ].filter(Boolean);
  return `FAIL: ${reasons.join(", ")} (${count(result.checks.length, "check")}, ${seconds} s)`;
}

/** "testing http://x/openeo/1.2 (openEO 1.2.0, listed by http://x/.well-known/openeo)": which API, and why. */
export function apiLine(api: ApiDiscovery): string {
  const version = api.apiVersion ? `openEO ${api.apiVersion}` : "openEO version unknown";
  const how = {
    "api-root": "the given URL is an API root",
    "well-known": `listed by ${api.wellKnownUrl}`,
    "as-given": "no capabilities and no /.well-known/openeo found; tested as given",
  }[api.source];
  return `testing ${api.url} (${version}, ${how})`;
}

/** What a check took: judging plus the requests it judged (shared requests count for each check using them). */
export function checkDurationMs(check: CheckResult): number {
  return check.evidence.reduce((total, evidence) => total + evidence.durationMs, check.durationMs);
}
