import { redactionWarning, reportable } from "../redaction/reportable.js";
import type { CheckResult, ConformanceEvent, ConformanceResult } from "../types.js";
import { apiLine, failures, isJobkitWarning, levelLine, verdictLine, weightNote } from "./format-summary.js";

export interface ConsoleReporterOptions {
  /** Where text goes (e.g. `process.stdout.write`). */
  write: (text: string) => void;
  /** The transient "now requesting" line, and ANSI colours unless `colour` says otherwise (for terminals). */
  live?: boolean;
  /** ANSI colours (default: `live`); the CLI decides by `NO_COLOR`, `FORCE_COLOR` and the terminal. */
  colour?: boolean;
  /** False for a run that keeps its secrets (`redact: false`): the view starts with a warning. Default true. */
  redacted?: boolean;
}

const MARKS: Record<CheckResult["status"], string> = {
  pass: "✓",
  fail: "✗",
  missing: "✗",
  skip: "-",
  "not-supported": "○",
};
const COLORS: Record<CheckResult["status"], string> = {
  pass: "32",
  fail: "31",
  missing: "31",
  skip: "90",
  "not-supported": "90",
};

/** Server text may hold control characters (even terminal escapes); show them as "?". */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: neutralising control characters is the point
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "?");
}

/**
 * A live console view: the scenario and request in flight (in a terminal), each verdict as it lands, then a
 * summary per level ("L1B batch jobs: 31/33") and every failure with what to fix.
 *
 * @example
 * const reporter = createConsoleReporter({ write: (text) => process.stdout.write(text), live: process.stdout.isTTY });
 * const result = await runConformance({ url, onEvent: reporter.onEvent });
 * reporter.finish(result);
 */
export function createConsoleReporter(options: ConsoleReporterOptions) {
  const live = options.live ?? false;
  const colour = options.colour ?? live;
  const paint = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  let transient = false;
  const clear = () => {
    if (transient) options.write("\r\x1b[2K");
    transient = false;
  };
  const line = (text: string) => {
    clear();
    options.write(`${text}\n`);
  };
  const say = (text: string) => line(printable(text));
  const warn = (result: { redacted?: boolean }) => {
    const warning = redactionWarning(result);
    if (warning) line(paint("31;1", warning));
  };
  warn(options);
  // Discovery resumes after auth for the checks that need a token: say so rather than seem to start it twice.
  const entered = new Set<string>();

  function onEvent(event: ConformanceEvent): void {
    if (event.type === "target") {
      say(apiLine(event.api));
    } else if (event.type === "process") {
      say(`process: ${event.choice}`);
    } else if (event.type === "scenario") {
      line(paint("1", `▸ ${event.scenario}${entered.has(event.scenario) ? " (continued)" : ""}`));
      entered.add(event.scenario);
    } else if (event.type === "job-status") {
      return;
    } else if (event.type === "request") {
      if (!live) return;
      clear();
      options.write(paint("90", printable(`  … ${event.method} ${event.url}`.slice(0, 110))));
      transient = true;
    } else {
      const { result } = event;
      const rule = result.rule ? ` ${result.rule}` : "";
      const note = result.status === "pass" ? "" : `  ${result.observation}`;
      const mark = isJobkitWarning(result)
        ? paint("33", "!")
        : paint(COLORS[result.status], MARKS[result.status]);
      line(
        `  ${mark} ${result.id}${paint("90", rule)}${printable(note.length > 200 ? `${note.slice(0, 200)}…` : note)}`,
      );
    }
  }

  function finish(given: ConformanceResult): void {
    const result = reportable(given);
    clear();
    warn(given);
    line("");
    for (const summary of result.summary) if (summary.total > 0) line(levelLine(summary));
    const failed = failures(result);
    if (failed.length > 0) {
      line("");
      line(paint("1", "What to fix:"));
      for (const check of failed) {
        const weight = weightNote(check);
        const mark = isJobkitWarning(check) ? paint("33", `! ${check.id}`) : paint("31", `✗ ${check.id}`);
        line(
          `${mark}${check.rule ? ` ${check.rule}` : ""} [${check.level}${weight ? `, ${weight}` : ""}${check.status === "missing" ? ", missing" : ""}]`,
        );
        line(`    expected: ${check.expectation}`);
        say(`    observed: ${check.observation}`);
      }
    }
    for (const leftover of result.leftovers) line(paint("33", printable(`left behind: ${leftover}`)));
    for (const problem of result.runProblems) line(paint("33", printable(`run problem: ${problem}`)));
    line("");
    line(paint(result.ok ? "32;1" : "31;1", verdictLine(result)));
  }

  return { onEvent, finish };
}
