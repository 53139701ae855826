/** The official process cases of `@jobkit/processes`, from its `scripts/case-report.ts` (no timing: the same every run). */
import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "../repo-root.js";

type Counts = { cases: number; pass: number; known: number; cannotRun: number };
interface CaseReport {
  levels: Record<string, Counts>;
  knownFailures: { name: string; reason: string }[];
}

let report: CaseReport | undefined;

function caseReport(): CaseReport {
  report ??= JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "scripts/case-report.ts"], {
      cwd: `${REPO_ROOT}packages/processes`,
      encoding: "utf8",
      timeout: 60_000,
    }),
  ) as CaseReport;
  return report;
}

/** The official cases per profile level: how many pass in process, fail as known, or cannot run. */
export function processCaseLevels(): string {
  const levels = Object.entries(caseReport().levels).sort(([a], [b]) => a.localeCompare(b));
  const total = levels.reduce(
    (sum, [, c]) => ({
      cases: sum.cases + c.cases,
      pass: sum.pass + c.pass,
      known: sum.known + c.known,
      cannotRun: sum.cannotRun + c.cannotRun,
    }),
    { cases: 0, pass: 0, known: 0, cannotRun: 0 },
  );
  const row = (name: string, c: Counts) =>
    `| ${name} | ${c.cases} | ${c.pass} | ${c.known} | ${c.cannotRun} |`;
  return [
    "| level | cases | pass | known failures | cannot run |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...levels.map(([level, counts]) => row(level, counts)),
    row("**all**", total),
  ].join("\n");
}

/** Every official case the engine does not pass, with the reason. */
export function processKnownFailures(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| case | why it fails |",
    "| --- | --- |",
    ...caseReport().knownFailures.map(({ name, reason }) => `| \`${name}\` | ${cell(reason)} |`),
  ].join("\n");
}
