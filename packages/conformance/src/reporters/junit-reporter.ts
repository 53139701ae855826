import { redactionWarning, reportable } from "../redaction/reportable.js";
import type { CheckResult, ConformanceResult } from "../types.js";
import { LEVEL_NAMES, LEVELS } from "../types.js";
import { escapeMarkup } from "./escape-markup.js";
import { evidenceText } from "./evidence-text.js";
import {
  checkDurationMs,
  isFailure,
  isJobkitWarning,
  isSkipped,
  runProblemLines,
  weightNote,
} from "./format-summary.js";

/** A failure as JUnit counts it: a jobkit extra that only warns is not one. */
const junitFailure = (check: CheckResult) => isFailure(check) && !isJobkitWarning(check);

function testcase(check: CheckResult): string {
  const name = `${check.id}${check.rule ? ` (${check.rule})` : ""}`;
  const open = `    <testcase classname="${escapeMarkup(`${check.level}.${check.scenario}`)}" name="${escapeMarkup(name)}" time="${(checkDurationMs(check) / 1000).toFixed(3)}">`;
  const detail = [
    `Expectation: ${check.expectation}`,
    `Observation: ${check.observation}`,
    ...(check.violations ? ["Every finding:", ...check.violations.map((line) => `  - ${line}`)] : []),
    ...(check.reproduction ? [`Reproduce: ${check.reproduction}`] : []),
    "",
    evidenceText(check.evidence),
  ].join("\n");
  if (check.status === "pass") return `${open}</testcase>`;
  if (isSkipped(check)) {
    return `${open}\n      <skipped message="${escapeMarkup(`${check.status}: ${check.observation}`)}"/>\n    </testcase>`;
  }
  if (isJobkitWarning(check))
    return `${open}\n      <system-out>${escapeMarkup(`Warning (${weightNote(check)}).\n${detail}`)}</system-out>\n    </testcase>`;
  const type = check.status === "missing" ? "missing" : check.required ? "required" : "optional";
  return `${open}\n      <failure message="${escapeMarkup(check.observation)}" type="${type}">${escapeMarkup(detail)}</failure>\n    </testcase>`;
}

/**
 * JUnit XML: one testsuite per level, one testcase per check; fail and missing are failures (a jobkit extra that
 * was not required only warns, in its system-out), skip and not-supported are skipped. Secrets are redacted; a
 * result of a run that kept them starts with a warning comment.
 *
 * @example
 * writeFileSync("conformance.xml", toJUnit(await runConformance({ url })));
 */
export function toJUnit(given: ConformanceResult): string {
  const result = reportable(given);
  const warning = redactionWarning(given);
  const suites = LEVELS.map((level) => {
    const checks = result.checks.filter((check) => check.level === level);
    if (checks.length === 0) return "";
    const failures = checks.filter(junitFailure).length;
    const skipped = checks.filter(isSkipped).length;
    const time = checks.reduce((total, check) => total + checkDurationMs(check), 0) / 1000;
    return [
      `  <testsuite name="${escapeMarkup(`${level} ${LEVEL_NAMES[level]}`)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}" timestamp="${result.startedAt.replace(/Z$/, "")}">`,
      ...checks.map(testcase),
      "  </testsuite>",
    ].join("\n");
  }).filter(Boolean);
  const failures = result.checks.filter(junitFailure).length;
  const skipped = result.checks.filter(isSkipped).length;
  const problems = runProblemLines(result);
  const systemErr = problems.length
    ? `\n  <system-err>${escapeMarkup(problems.join("\n"))}</system-err>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
${warning ? `<!-- ${warning} -->\n` : ""}<testsuites name="${escapeMarkup(`jobkit-conformance ${result.target}`)}" tests="${result.checks.length}" failures="${failures}" errors="${problems.length}" skipped="${skipped}" time="${(result.durationMs / 1000).toFixed(3)}">
${suites.join("\n")}${systemErr}
</testsuites>
`;
}
