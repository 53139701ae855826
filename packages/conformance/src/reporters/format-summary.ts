import type { CheckResult, ConformanceResult, LevelSummary } from "../types.js";

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

/** Whether a check was not evaluated (skip or not-supported). */
export function isSkipped(check: CheckResult): boolean {
  return check.status === "skip" || check.status === "not-supported";
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
  if (result.ok) {
    return `PASS: every required check passed (${count(result.checks.length, "check")}, ${count(failed.length, "optional failure")}, ${seconds} s)`;
  }
  const reasons = [
    required ? `${count(required, "required check")} failed` : "",
    result.leftovers.length ? `${count(result.leftovers.length, "job")} left behind` : "",
    result.runProblems.length ? count(result.runProblems.length, "run problem") : "",
  ].filter(Boolean);
  return `FAIL: ${reasons.join(", ")} (${count(result.checks.length, "check")}, ${seconds} s)`;
}
