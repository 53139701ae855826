/**
 * The conventions every jobkit CLI shares (docs/cli-conventions.md), proven on `jobkit-conformance` (and its
 * `proxy`) against the mock started by its own CLI on 127.0.0.1. The client and the mock run the same table of
 * conventions in their tests.
 */
import { once } from "node:events";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock } from "./proxy-helpers.js";
import { kit } from "./run-cli.js";

const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const ESC = "\u001b";
const dir = mkdtempSync(join(tmpdir(), "jobkit-conformance-conventions-"));

let mock: { url: string; stop: () => void };
let url: string;
let busy: Server;
let busyPort = 0;

beforeAll(async () => {
  // a job stays queued 1 s and runs 2 s of wall time, so the kit waits long enough for several heartbeats
  mock = await startMock(["--queued-ms", "1s", "--running-ms", "2s"]);
  url = mock.url;
  busy = createServer().listen(0, "127.0.0.1");
  await once(busy, "listening");
  busyPort = (busy.address() as { port: number }).port;
}, 20_000);

afterAll(() => {
  mock?.stop();
  busy?.close();
});

/** The mock's demo user on the command line. */
const alice = () => ["--url", url, "--user", "alice", "--password", "alice123"];

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

const usage = (line: string, help = "jobkit-conformance --help") =>
  new RegExp(`^jobkit-conformance: ${line}\\nRun \`${help}\` for the options\\.\\n$`);
const badUrl = (flag: string, bad: string) =>
  `${flag} needs an http:// or https:// URL, such as http://localhost:8080, got "${bad}"\\.`;

const CONVENTIONS: Convention[] = [
  {
    convention: "--version",
    args: () => ["--version"],
    code: 0,
    stdout: new RegExp(`^jobkit-conformance ${VERSION}\\n$`),
  },
  { convention: "-h", args: () => ["-h"], code: 0, stdout: /^Usage: jobkit-conformance/ },
  {
    convention: "did-you-mean",
    args: () => ["--lst"],
    code: 2,
    stderr: usage("unknown option --lst; did you mean --list\\?"),
  },
  {
    convention: "did-you-mean in proxy",
    args: () => ["proxy", "--upsteam", url],
    code: 2,
    stderr: usage(
      "proxy: unknown option --upsteam; did you mean --upstream\\?",
      "jobkit-conformance proxy --help",
    ),
  },
  {
    convention: "parseArgs errors rewritten",
    args: () => ["--url"],
    code: 2,
    stderr: usage('--url needs a value \\(one starting with "-" goes as --url=-VALUE\\)'),
  },
  { convention: "EPIPE", args: () => ["--list"], closeStdout: true, code: 0, stderr: /^$/ },
  {
    convention: "FORCE_COLOR",
    args: () => ["--bogus"],
    env: { FORCE_COLOR: "1" },
    code: 2,
    stderr: new RegExp(`^${ESC}\\[31mjobkit-conformance: unknown option --bogus${ESC}\\[0m\\n`),
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
    args: () => ["--timeout", "2x"],
    code: 2,
    stderr: usage(
      '--timeout needs a duration of at least 1ms such as 500ms, 30s or 2m \\(a bare number is seconds\\), got "2x"\\.',
    ),
  },
  {
    convention: "bad URL from the environment",
    args: () => ["--list"],
    env: { JOBKIT_URL: "localhost:8080" },
    code: 2,
    stderr: usage(badUrl("--url", "localhost:8080")),
  },
  ...["localhost:8080", "ftp://example.org", "file:///tmp"].map((bad) => ({
    convention: `bad URL ${bad}`,
    args: () => ["--url", bad],
    code: 2,
    stderr: usage(badUrl("--url", bad)),
  })),
  {
    convention: "bad proxy upstream",
    args: () => ["proxy", "--upstream", "localhost:8080"],
    code: 2,
    stderr: usage(badUrl("--upstream", "localhost:8080"), "jobkit-conformance proxy --help"),
  },
  {
    convention: "report path in a missing folder",
    args: () => ["--url", url, "--reporter", `junit=${dir}/missing/report.xml`],
    code: 2,
    stderr: usage(
      `--reporter junit ${dir}/missing/report.xml: the folder ${dir}/missing does not exist; create it first \\(mkdir -p ${dir}/missing\\)\\.`,
    ),
  },
  {
    convention: "report path that is a folder",
    args: () => ["--url", url, "--reporter", "json", "--output", dir],
    code: 2,
    stderr: usage(`--reporter json ${dir} is a folder; give a file name\\.`),
  },
  {
    convention: "proxy record path in a missing folder",
    args: () => ["proxy", "--upstream", url, "--record", `${dir}/missing/x.jsonl`, "--", "true"],
    code: 2,
    stderr: /the folder .*\/missing does not exist/,
  },
  {
    convention: "proxy port in use",
    args: () => ["proxy", "--upstream", url, "--port", String(busyPort), "--", "true"],
    code: 2,
    stderr: usage(
      "proxy: cannot listen on 127\\.0\\.0\\.1:\\d+ \\(EADDRINUSE\\); give another --port, or none for a free one\\.",
      "jobkit-conformance proxy --help",
    ),
  },
];

describe("jobkit-conformance follows the CLI conventions", { timeout: 60_000 }, () => {
  it.each(CONVENTIONS)("$convention", async ({ args, env, code, stdout, stderr, closeStdout }) => {
    const run = await kit(args(), 30_000, { env: env ?? {}, closeStdout: closeStdout ?? false });
    expect(run.code, run.stderr).toBe(code);
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
  });

  it("takes the URL and credentials from JOBKIT_URL, JOBKIT_USER and JOBKIT_PASSWORD", async () => {
    const env = { JOBKIT_URL: url, JOBKIT_USER: "alice", JOBKIT_PASSWORD: "alice123" };
    const run = await kit(["--only", "auth.basic", "--reporter", "json"], 30_000, { env });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ target: expect.stringContaining(url) });
  });

  it("takes the proxy's --upstream from JOBKIT_URL and gives the command JOBKIT_URL of the proxy", async () => {
    const command = [
      process.execPath,
      "-e",
      "process.stdout.write('child sees ' + process.env.JOBKIT_URL + '\\n')",
    ];
    const run = await kit(["proxy", "--", ...command], 30_000, { env: { JOBKIT_URL: url } });
    expect(run.code, run.stderr).toBe(0);
    const proxy = /proxy listening on (http:\/\/\S+) -> (\S+)\n/.exec(run.stdout);
    expect(proxy?.[2]).toBe(url);
    expect(run.stdout).toContain(`child sees ${proxy?.[1]}`);
  });

  it("colours the console view with FORCE_COLOR, and not with NO_COLOR too", async () => {
    const args = [...alice(), "--only", "auth.basic"];
    const forced = await kit(args, 30_000, { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(`${ESC}[32m✓${ESC}[0m auth.basic`);
    const plain = await kit(args, 30_000, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain("  ✓ auth.basic");
    expect(plain.stdout).not.toContain(ESC);
  });

  it("lets flags win over the environment", async () => {
    const env = { JOBKIT_URL: "http://127.0.0.1:1", JOBKIT_USER: "nobody", JOBKIT_PASSWORD: "wrong" };
    const args = [...alice(), "--only", "auth.basic"];
    const run = await kit([...args, "--reporter", "json"], 30_000, { env });
    expect(run.code, run.stderr).toBe(0);
  });

  it("prints a heartbeat line with the job, its status and the elapsed time while it waits", async () => {
    const args = [...alice(), "--only", "jobs.start.status-202"];
    const run = await kit([...args, "--heartbeat", "300ms", "--poll-interval", "100ms"]);
    expect(run.code, run.stderr).toBe(0);
    const beats = run.stdout.match(/ {2}… waiting for job \S+: (queued|running), \d+\.\d s\n/g) ?? [];
    // the job takes about 3 s of wall time: some ten beats, at least a few on a loaded machine
    expect(beats.length).toBeGreaterThanOrEqual(3);
  });
});
