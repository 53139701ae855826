/**
 * The conventions every jobkit CLI shares (docs/cli-conventions.md), proven on the `jobkit-mock` bin on 127.0.0.1.
 * The client and the kit run the same table of conventions in their tests.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, root, startCli } from "./start-cli.js";

const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const ESC = "\u001b";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `jobkit-mock ...args` until it exits (killed after 10 s). */
function runMock(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ["dist/cli.js", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One convention, one command line, and what it must print and exit with. */
interface Convention {
  convention: string;
  args: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
}

const usage = (line: string) =>
  new RegExp(`^jobkit-mock: ${line}\\nRun \`jobkit-mock --help\` for the options\\.\\n$`);
const url = (flag: string, bad: string) =>
  usage(`${flag} needs an http:// or https:// URL, such as http://localhost:8080, got "${bad}"\\.`);

const CONVENTIONS: Convention[] = [
  {
    convention: "--version",
    args: ["--version"],
    code: 0,
    stdout: new RegExp(`^jobkit-mock ${VERSION}\\n$`),
  },
  { convention: "-h", args: ["-h"], code: 0, stdout: /^Usage: jobkit-mock/ },
  {
    convention: "did-you-mean",
    args: ["--tming", "wall"],
    code: 2,
    stderr: usage("unknown option --tming; did you mean --timing\\?"),
  },
  {
    convention: "parseArgs errors rewritten",
    args: ["--port"],
    code: 2,
    stderr: usage('--port needs a value \\(one starting with "-" goes as --port=-VALUE\\)'),
  },
  {
    convention: "errors name flags (--timing)",
    args: ["--timing", "sometimes", "--port", "0"],
    code: 2,
    stderr: usage("--timing must be wall, virtual or poll, got sometimes\\."),
  },
  {
    convention: "errors name flags (--results-type)",
    args: ["--results-type", "Feature", "--port", "0"],
    code: 2,
    stderr: usage("--results-type must be Item or Collection, got Feature\\."),
  },
  {
    convention: "FORCE_COLOR",
    args: ["--bogus"],
    env: { FORCE_COLOR: "1" },
    code: 2,
    stderr: new RegExp(`^${ESC}\\[31mjobkit-mock: unknown option --bogus${ESC}\\[0m\\n`),
  },
  {
    convention: "NO_COLOR",
    args: ["--bogus"],
    env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    code: 2,
    stderr: usage("unknown option --bogus"),
  },
  {
    convention: "duration units",
    args: ["--queued-ms", "2x", "--port", "0"],
    code: 2,
    stderr: usage(
      '--queued-ms needs a duration such as 500ms, 30s or 2m \\(a bare number is ms\\), got "2x"\\.',
    ),
  },
  ...["localhost:8080", "ftp://example.org", "file:///tmp"].map((bad) => ({
    convention: `bad URL ${bad}`,
    args: ["--base-url", bad, "--port", "0"],
    code: 2,
    stderr: url("--base-url", bad),
  })),
  {
    convention: "bad issuer URL",
    args: ["--oidc-issuer", "localhost:8443", "--port", "0"],
    code: 2,
    stderr: url("--oidc-issuer", "localhost:8443"),
  },
];

describe("jobkit-mock follows the CLI conventions", { timeout: 30_000 }, () => {
  beforeAll(() => buildIfStale(), 60_000);

  it.each(CONVENTIONS)("$convention", async ({ args, env, code, stdout, stderr }) => {
    const run = await runMock(args, env);
    expect(run.code, run.stderr).toBe(code);
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
  });

  it("takes durations with units", async () => {
    const started = await startCli([
      "--queued-ms",
      "2s",
      "--running-ms",
      "1.5m",
      "--token-lifetime-ms",
      "1h",
    ]);
    started.child.kill("SIGTERM");
    expect(started.output()).toContain("timing: wall (queued 2000 ms, running 90000 ms)");
  });

  it("takes --port, --host and --control-token from JOBKIT_PORT, JOBKIT_HOST and JOBKIT_CONTROL_TOKEN", async () => {
    const port = await freePort();
    const started = await startCli([], {
      env: {
        ...process.env,
        PORT: "eighty", // JOBKIT_PORT comes first
        JOBKIT_PORT: String(port),
        JOBKIT_HOST: "127.0.0.1",
        JOBKIT_CONTROL_TOKEN: "env-control-token",
      },
      port: [],
    });
    try {
      expect(started.url).toBe(`http://127.0.0.1:${port}`);
      expect(started.output()).toContain("control API (needs the control token)");
      const reset = (token: string) =>
        fetch(`${started.url}/_jobkit/reset`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
        });
      expect((await reset("env-control-token")).status).toBeLessThan(300);
      expect((await reset("wrong-control-token")).status).toBe(401);
    } finally {
      started.child.kill("SIGTERM");
    }
  });

  it("flags win over the environment", async () => {
    const started = await startCli(["--host", "127.0.0.1"], {
      env: { ...process.env, JOBKIT_PORT: "70000" },
    });
    started.child.kill("SIGTERM");
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("keeps serving, without a stack trace, when the reader of its stdout goes away", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["dist/cli.js", "--port", String(port)], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
        status = await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => response.status,
          () => 0,
        );
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status).toBe(200);
      expect(child.exitCode).toBeNull();
      expect(stderr).toBe("");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
