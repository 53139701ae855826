import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "./find-browser.js";

const MOCK_CLI = new URL("../../mock-server/dist/cli.js", import.meta.url).pathname;
const KIT_CLI = new URL("../src/cli.ts", import.meta.url).pathname;
const BROWSER = findBrowser();

let mock: ChildProcess;
let url: string;
const dir = mkdtempSync(join(tmpdir(), "jobkit-conformance-"));

/** Runs the kit's CLI (through tsx) and collects its output; bounded by a timeout. */
function kit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", KIT_CLI, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`jobkit-conformance ${args.join(" ")} did not finish in 60 s`));
    }, 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  mock = spawn(process.execPath, [MOCK_CLI, "--port", "0", "--host", "127.0.0.1", "--timing", "poll"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the mock did not start in 15 s")), 15_000);
    let seen = "";
    mock.stdout?.on("data", (chunk) => {
      seen += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}, 20_000);

afterAll(() => {
  mock?.kill("SIGTERM");
});

const credentials = () => [
  "--url",
  url,
  "--user",
  "alice",
  "--password",
  "alice123",
  "--second-user",
  "bob:bob123",
  "--payment-user",
  "broke:broke123",
  "--poll-interval",
  "0.01",
];

describe("jobkit-conformance CLI against a CLI-started mock", { timeout: 30_000 }, () => {
  it("passes every required check and writes JUnit XML with one testcase per check", async () => {
    const output = join(dir, "report.xml");
    const run = await kit([...credentials(), "--reporter", "junit", "--output", output]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/L1B batch jobs: \d+\/\d+/);
    expect(run.stdout).toContain("PASS: every required check passed");
    expect(run.code).toBe(0);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      readFileSync(output, "utf8"),
    );
    const suites = [xml.testsuites.testsuite].flat();
    type TestCase = { name: string; skipped?: { message: string } };
    const cases: TestCase[] = suites.flatMap((suite: { testcase: TestCase | TestCase[] }) =>
      [suite.testcase].flat(),
    );
    expect(Number(xml.testsuites.tests)).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(70);
    expect(Number(xml.testsuites.failures)).toBe(0);
    // Signed links expire after an hour of real time on this mock: beyond the job budget, so skipped with a reason.
    const expiry = cases.find((testcase) => testcase.name.startsWith("downloads.link-expiry"));
    expect(expiry?.skipped?.message).toMatch(/beyond the job budget/);
  });

  it("writes an HTML report that opens in headless Chromium without console errors", async (context) => {
    if ("missing" in BROWSER) {
      if (process.env.CI === "true") throw new Error(`CI needs a browser for this test: ${BROWSER.missing}`);
      process.stderr.write(`skipping the HTML report test: ${BROWSER.missing}\n`);
      return context.skip(BROWSER.missing);
    }
    const output = join(dir, "report.html");
    const run = await kit([...credentials(), "--reporter", "html", "--output", output]);
    expect(run.code).toBe(0);
    const browser = await chromium.launch({
      executablePath: BROWSER.path,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
      await page.goto(`file://${output}`);
      expect(await page.title()).toContain("jobkit conformance");
      expect(await page.locator("svg").count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator("text=L1B batch jobs").count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("exits 1 and names the check when the back-end breaks a rule", async () => {
    const fault = await fetch(`${url}/_jobkit/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        match: { method: "POST", path: "/jobs/*/results" },
        action: { type: "override", status: 200 },
      }),
    });
    const { id } = (await fault.json()) as { id: string };
    try {
      const run = await kit([...credentials(), "--only", "jobs.start.status-202"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("✗ jobs.start.status-202");
      expect(run.stdout).toMatch(/observed: POST \/jobs\/\{id\}\/results answered 200/);
    } finally {
      await fetch(`${url}/_jobkit/faults/${id}`, { method: "DELETE" });
    }
  });

  it("exits 2 for a usage error and for an unreachable target", async () => {
    const usage = await kit(["--reporter", "pdf"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--reporter must be console, json, junit or html");
    const unreachable = await kit(["--url", "http://127.0.0.1:1", "--request-timeout", "2"]);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/got no answer/);
  });
});
