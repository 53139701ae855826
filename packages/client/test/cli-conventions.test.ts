/**
 * The conventions every jobkit CLI shares (docs/cli-conventions.md), proven on the `jobkit` bin against the mock
 * started by its own CLI on 127.0.0.1. The mock and the kit run the same table of conventions in their tests.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphOf } from "./process-graphs.js";
import { type Run, runJobkit } from "./run-jobkit.js";
import { startMock } from "./start-mock.js";

let mock: ChildProcess;
let url: string;
let dir: string;
let processFile = "";
const LOGIN = () => ["--url", url, "--user", "alice", "--password", "alice123"];
const ESC = "\u001b";
const THIS_FILE = fileURLToPath(import.meta.url);
const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-conventions-"));
  processFile = join(dir, "process.json");
  await writeFile(processFile, JSON.stringify({ process_graph: graphOf("DEMO_DEM", ["GTiff"]) }));
  // virtual time: a started job stays queued until the clock is advanced, so waits run into their budget
  ({ mock, url } = await startMock(["--timing", "virtual"]));
}, 15_000);

afterAll(async () => {
  mock?.kill("SIGTERM");
  await rm(dir, { recursive: true, force: true });
});

/** A started job that stays queued. */
async function queuedJob(): Promise<string> {
  const created = await runJobkit([...LOGIN(), "jobs", "create", processFile, "--quiet"]);
  const id = created.stdout.trim();
  expect((await runJobkit([...LOGIN(), "jobs", "start", id])).code).toBe(0);
  return id;
}

/** One convention, one command line, and what it must print and exit with. */
interface Convention {
  convention: string;
  args: () => string[];
  env?: Record<string, string>;
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
  closeStdout?: boolean;
}

const usage = (line: string) =>
  new RegExp(`^jobkit: ${line}\\nRun \`jobkit --help\` for the commands and options\\.\\n$`);

const CONVENTIONS: Convention[] = [
  {
    convention: "--version",
    args: () => ["--version"],
    code: 0,
    stdout: new RegExp(`^jobkit ${VERSION}\\n$`),
  },
  { convention: "-h", args: () => ["-h"], code: 0, stdout: /^Usage: jobkit/ },
  {
    convention: "did-you-mean",
    args: () => [...LOGIN(), "jobs", "list", "--limt", "3"],
    code: 2,
    stderr: usage("unknown option --limt; did you mean --limit\\?"),
  },
  {
    convention: "parseArgs errors rewritten",
    args: () => [...LOGIN(), "jobs", "list", "--limit"],
    code: 2,
    stderr: usage('--limit needs a value \\(one starting with "-" goes as --limit=-VALUE\\)'),
  },
  {
    convention: "options that do not apply are refused",
    args: () => [...LOGIN(), "jobs", "list", "--wait"],
    code: 2,
    stderr: usage('--wait does not apply to "jobs list"'),
  },
  {
    convention: "EPIPE",
    args: () => [...LOGIN(), "jobs", "list"],
    closeStdout: true,
    code: 0,
    stderr: /^$/,
  },
  {
    convention: "FORCE_COLOR",
    args: () => ["--bogus"],
    env: { FORCE_COLOR: "1" },
    code: 2,
    stderr: new RegExp(`^${ESC}\\[31mjobkit: unknown option --bogus${ESC}\\[0m\\n`),
  },
  {
    convention: "NO_COLOR",
    args: () => ["--bogus"],
    env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    code: 2,
    stderr: usage("unknown option --bogus"),
  },
  {
    convention: "duration units",
    args: () => [...LOGIN(), "jobs", "wait", "j-1", "--timeout", "2x"],
    code: 2,
    stderr: usage('--timeout needs a duration such as 500ms, 30s or 2m \\(a bare number is ms\\), got "2x"'),
  },
  {
    convention: "environment variables",
    args: () => ["jobs", "list", "--quiet"],
    env: { JOBKIT_URL: "placeholder", JOBKIT_USER: "alice", JOBKIT_PASSWORD: "alice123" },
    code: 0,
  },
  {
    convention: "flags win over environment variables",
    args: () => ["--url", url, "jobs", "list", "--quiet"],
    env: { JOBKIT_URL: "http://127.0.0.1:1", JOBKIT_USER: "alice", JOBKIT_PASSWORD: "alice123" },
    code: 0,
  },
  {
    convention: "bad URL from the environment",
    args: () => ["jobs", "list"],
    env: { JOBKIT_URL: "localhost:8080" },
    code: 2,
    stderr: usage(
      '--url \\(from JOBKIT_URL\\) needs an http:// or https:// URL, such as http://localhost:8080, got "localhost:8080"',
    ),
  },
  ...["localhost:8080", "ftp://example.org", "file:///tmp"].map((bad) => ({
    convention: `bad URL ${bad}`,
    args: () => ["--url", bad, "jobs", "list"],
    code: 2,
    stderr: usage(`--url needs an http:// or https:// URL, such as http://localhost:8080, got "${bad}"`),
  })),
  {
    convention: "download target that is a file",
    args: () => [...LOGIN(), "jobs", "download", "j-1", THIS_FILE],
    code: 2,
    stderr: usage(`cannot download into ${THIS_FILE}: it is a file, not a folder`),
  },
  {
    convention: "download target under /proc",
    args: () => [...LOGIN(), "jobs", "download", "j-1", "/proc/self"],
    code: 2,
    stderr: usage("cannot download into /proc/self: it is a kernel file system; give a folder on disk"),
  },
];

describe("jobkit follows the CLI conventions", { timeout: 30_000 }, () => {
  it.each(CONVENTIONS)("$convention", async ({ args, env, code, stdout, stderr, closeStdout }) => {
    const run: Run = await runJobkit(
      args(),
      { ...env, ...(env?.JOBKIT_URL === "placeholder" && { JOBKIT_URL: url }) },
      undefined,
      { closeStdout },
    );
    expect(run.code, run.stderr).toBe(code);
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
  });

  it("takes durations with units and prints a heartbeat line while it waits without a terminal", async () => {
    const id = await queuedJob();
    const args = [
      "jobs",
      "wait",
      id,
      "--poll-interval",
      "100ms",
      "--timeout",
      "1.5s",
      "--heartbeat",
      "200ms",
    ];
    const run = await runJobkit([...LOGIN(), ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("WaitTimeout");
    // nothing changes while the job stays queued: only the heartbeat repeats the line (at 0 s, ~0.2 s, ~0.4 s, …)
    const beats = run.stderr.split("\n").filter((line) => /% queued/.test(line));
    expect(beats.length).toBeGreaterThanOrEqual(3);
  });

  it("prints JSON with --json and only the id with --quiet; --limit caps the listing", async () => {
    const created = await runJobkit([...LOGIN(), "jobs", "create", processFile, "--json"]);
    const { id } = JSON.parse(created.stdout) as { id: string };
    await queuedJob();
    const listed = await runJobkit([...LOGIN(), "jobs", "list", "--json"]);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((job) => job.id)).toContain(id);
    const capped = await runJobkit([...LOGIN(), "jobs", "list", "--limit", "1", "--quiet"]);
    expect(capped.stdout).toMatch(/^\S+\n$/);
  });
});
