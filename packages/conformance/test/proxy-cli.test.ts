import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock } from "./proxy-helpers.js";

const KIT_CLI = new URL("../src/cli.ts", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "jobkit-proxy-cli-"));
let mock: { url: string; stop: () => void };

beforeAll(async () => {
  mock = await startMock();
}, 20_000);
afterAll(() => mock?.stop());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `jobkit-conformance proxy …`; `whenListening` runs once it printed its URL. Bounded by 30 s. */
function proxyCli(args: string[], whenListening?: (url: string, stop: () => void) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", KIT_CLI, "proxy", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const url = /proxy listening on (\S+)/.exec(stdout)?.[1];
      if (url && whenListening) {
        whenListening(url, () => child.kill("SIGTERM"));
        whenListening = undefined;
      }
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`proxy ${args.join(" ")} did not finish in 30 s`));
    }, 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const node = (script: string) => ["--", process.execPath, "-e", script];

describe("jobkit-conformance proxy -- command", { timeout: 40_000 }, () => {
  it("exits 0 when the command and its traffic are fine, with OPENEO_URL on the proxy", async () => {
    const script = `fetch(process.env.OPENEO_URL + "/").then((r) => process.exit(r.status === 200 && process.env.JOBKIT_URL === process.env.OPENEO_URL ? 0 : 5))`;
    const record = join(dir, "ok.jsonl");
    const run = await proxyCli(["--upstream", mock.url, "--record", record, ...node(script)]);
    expect(run.stdout).toMatch(
      new RegExp(`^proxy listening on http://127\\.0\\.0\\.1:\\d+ -> ${mock.url}\\n`),
    );
    expect(run.stdout).toContain("PASS");
    expect(run.code).toBe(0);
    const lines = readFileSync(record, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toMatchObject([
      { seq: 1, method: "GET", url: `${mock.url}/`, status: 200, violations: [] },
    ]);
  });

  it("exits 1 when the command succeeds but its traffic broke a required rule", async () => {
    const script = `fetch(process.env.OPENEO_URL + "/jobs").then(() => process.exit(0))`;
    const report = join(dir, "broken.json");
    const run = await proxyCli([
      "--upstream",
      mock.url,
      "--reporter",
      "json",
      "--output",
      report,
      ...node(script),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("client.auth [client] GET /jobs → 401");
    const json = JSON.parse(readFileSync(report, "utf8"));
    expect(json.ok).toBe(false);
    expect(json.proxy.violations).toMatchObject([
      {
        check: "client.auth",
        side: "client",
        curl: expect.stringMatching(new RegExp(`^curl -i '${mock.url}/jobs' -H `)),
      },
    ]);
  });

  it("exits with the command's code when the command failed", async () => {
    const run = await proxyCli(["--upstream", mock.url, ...node("process.exit(3)")]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('run problem: the command "');
  });

  it("runs until SIGTERM without a command, then writes its report", async () => {
    const run = await proxyCli(["--upstream", mock.url, "--reporter", "junit"], (url, stop) => {
      fetch(`${url}/.well-known/openeo`).then(stop, stop);
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("<testsuites");
    expect(run.stdout).toMatch(/<testcase [^>]*name="spec.responses"/);
  });

  it("refuses a missing --upstream as a usage error (exit 2)", async () => {
    const run = await proxyCli(["--port", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("proxy needs --upstream URL");
  });
});
