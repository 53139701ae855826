import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { type FlowRun, runFlowProcess } from "./flow-process.js";

/** What one run of the official individual process tests came to, from its JUnit report. */
export interface SuiteCounts {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Cases the suite's HTTP runner cannot send: NaN or ±Infinity arguments, labeled arrays, cubes, asset files. */
  unsendable: number;
  /** Every failed case of those it could send: its test id and the first line of its message. */
  failures: { name: string; message: string }[];
}

/**
 * The runner's own limits (openeo-test-suite 0.2.2's `Http` runner), not the back-end's: it sends no NaN or
 * ±Infinity and no labeled array or cube, and it resolves a case's `$ref` beside the process definition, while
 * openeo-processes 2.0.0-rc.2 keeps those files in `tests/assets` (so it never loads them).
 */
const UNSENDABLE =
  /HTTP JSON APIs don't support (NaN|infinity) values|labeled arrays not implemented yet|datacubes not implemented yet|Failed to load external reference/;

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** Counts a pytest JUnit report of `tests/processes/processing` (one `<testcase>` per official case). */
export function parseSuiteReport(xml: string): SuiteCounts {
  const counts: SuiteCounts = { total: 0, passed: 0, failed: 0, skipped: 0, unsendable: 0, failures: [] };
  for (const match of xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    counts.total += 1;
    const body = match[2] ?? "";
    const outcome = /<(failure|error|skipped)\b[^>]*?message="([^"]*)"/.exec(body);
    const message = unescapeXml(outcome?.[2] ?? "").split("\n")[0] ?? "";
    if (!outcome) counts.passed += 1;
    else if (UNSENDABLE.test(message)) counts.unsendable += 1;
    else if (outcome[1] === "skipped") counts.skipped += 1;
    else {
      counts.failed += 1;
      counts.failures.push({ name: unescapeXml(match[1] ?? ""), message });
    }
  }
  return counts;
}

/** Where the installed `openeo_test_suite` package lives (its tests ship inside it). */
function suitePackageDir(python: string): string {
  const found = spawnSync(
    python,
    ["-c", "import openeo_test_suite, os; print(os.path.dirname(openeo_test_suite.__file__))"],
    {
      encoding: "utf8",
    },
  );
  return found.stdout.trim();
}

/** Where and what {@link runProcessSuite} runs. */
export interface ProcessSuiteOptions {
  /** The official definitions and cases (openeo-processes 2.0.0-rc.2). */
  referenceDir: string;
  workDir: string;
  /** The suite's tests to run, under its `tests` folder (default `processes/processing`, over HTTP). */
  tests?: string;
  /** More pytest options, e.g. the workflow tests' `--s2-collection ID`. */
  extraArgs?: readonly string[];
  onLine?: (line: string) => void;
}

/**
 * Runs tests of the official suite (by default the individual process tests over HTTP, `--runner http`) against
 * `url`, signed in with OpenID Connect client credentials, the process definitions and cases read from
 * `referenceDir`. Returns the process run and the counts of its JUnit report.
 */
export async function runProcessSuite(
  python: string,
  url: string,
  options: ProcessSuiteOptions,
): Promise<{ run: FlowRun; counts: SuiteCounts | undefined }> {
  // The suite finds the definitions and cases at ./assets/processes, relative to where pytest runs.
  mkdirSync(join(options.workDir, "assets"), { recursive: true });
  const assets = join(options.workDir, "assets", "processes");
  if (!existsSync(assets)) symlinkSync(options.referenceDir, assets);
  const tests = options.tests ?? "processes/processing";
  const report = join(options.workDir, `${tests.replaceAll("/", "-")}.xml`);
  const testsDir = join(suitePackageDir(python), "tests");
  // the suite's own conftest.py (its `connection` fixture) lies above the tests run, beyond the default rootdir
  const runner = tests === "processes/processing" ? ["--runner", "http"] : ["--rootdir", testsDir];
  const pytest = [
    "-m",
    "pytest",
    "-p",
    "openeo_test_suite.lib.pytest_plugin",
    "-p",
    "no:cacheprovider",
    "-q",
  ];
  const run = await runFlowProcess(
    python,
    [
      ...pytest,
      join(testsDir, tests),
      ...runner,
      ...(options.extraArgs ?? []),
      "-U",
      url,
      `--junitxml=${report}`,
    ],
    {
      cwd: options.workDir,
      timeoutMs: 600_000,
      ...(options.onLine && { onLine: options.onLine }),
      env: {
        ...process.env,
        OPENEO_AUTH_METHOD: "client_credentials",
        OPENEO_AUTH_CLIENT_ID: "alice-client",
        OPENEO_AUTH_CLIENT_SECRET: "alice123",
        OPENEO_AUTH_PROVIDER_ID: "jobkit",
      },
    },
  );
  const counts = existsSync(report) ? parseSuiteReport(readFileSync(report, "utf8")) : undefined;
  return { run, counts };
}
