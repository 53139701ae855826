/**
 * Runs the official openEO clients, unmodified, against the CLI-started jobkit mock server.
 *
 * Usage: tsx run.ts [python] [js] [proxy] [broken]   (no argument: all four)
 *   python  the `openeo` Python client flow (python/flow.py) in interop/.venv, on API 1.3.0 and 1.2.0
 *   js      the `@openeo/js-client` flow (js/flow.ts), on API 1.3.0 and 1.2.0
 *   proxy   the Python flow through `jobkit-conformance proxy --follow-assets`, on both versions: the flow and
 *           the traffic must pass
 *   broken  the Python flow against deliberately broken mocks, which must make it fail
 * Exit code 0 only when every selected run did what it must.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { type FlowRun, flowPassed, runFlowProcess } from "./harness/flow-process.js";
import { type MockProcess, startMockProcess } from "./harness/mock-process.js";
import { ensurePythonEnv } from "./harness/python-env.js";

const here = import.meta.dirname;
const root = resolve(here, "..");
const cliPath = join(root, "packages", "mock-server", "dist", "cli.js");
const conformanceCliPath = join(root, "packages", "conformance", "dist", "cli.js");
const venvDir = join(here, ".venv");
const requirementsFile = join(here, "python", "requirements.txt");
const MOCK_ARGS = [
  "--port",
  "0",
  "--host",
  "127.0.0.1",
  "--timing",
  "wall",
  "--queued-ms",
  "200",
  "--running-ms",
  "600",
];
const FLOW_TIMEOUT_MS = 180_000;
/**
 * Each flow runs twice: against the default mock (1.3.0 at the origin, which the clients pick from
 * /.well-known/openeo) and against a mock that serves only 1.2.0.
 */
const VERSIONS = [
  { version: "1.3.0", args: [] },
  { version: "1.2.0", args: ["--api-version", "1.2.0"] },
] as const;
type Version = (typeof VERSIONS)[number];

/** A fault that breaks the mock in a way a real client must notice, and the failure it must cause. */
interface BrokenMock {
  what: string;
  fault: object;
  /** A line of the flow's output that proves the client noticed this fault (and not something else). */
  expect: RegExp;
}

const BROKEN_MOCKS: BrokenMock[] = [
  {
    what: "POST /jobs answers 200 instead of 201",
    fault: { match: { method: "POST", path: "/jobs" }, action: { type: "override", status: 200 } },
    expect: /^✗ create job from load_collection[^:]*: POST \S+\/jobs → 200\b/,
  },
  {
    what: "every result asset answers 404",
    fault: { action: { type: "asset", mode: "missing" } },
    expect: /^✗ download_files: GET \S+ → 404\b/,
  },
];

interface Outcome {
  name: string;
  ok: boolean;
  why?: string;
}

async function withMock(
  run: (mock: MockProcess) => Promise<Outcome>,
  name: string,
  extraArgs: readonly string[] = [],
): Promise<Outcome> {
  let mock: MockProcess;
  try {
    mock = await startMockProcess({ cliPath, args: [...MOCK_ARGS, ...extraArgs] });
  } catch (error) {
    return { name, ok: false, why: (error as Error).message };
  }
  try {
    const outcome = await run(mock);
    if (!mock.running()) {
      return { name, ok: false, why: `the mock exited during the flow:\n${mock.output().join("\n")}` };
    }
    return outcome;
  } catch (error) {
    // e.g. the control API refused the connection: this run failed, the others still run and are summed up.
    return { name, ok: false, why: (error as Error).message };
  } finally {
    const { code, signal } = await mock.stop();
    if (code !== 0 && signal !== "SIGTERM")
      console.log(`   (mock stopped with code ${code}, signal ${signal})`);
  }
}

function verdict(name: string, run: FlowRun): Outcome {
  if (flowPassed(run)) return { name, ok: true };
  const summary = run.summary
    ? `${run.summary.passed} passed, ${run.summary.failed} failed`
    : "no summary line";
  return { name, ok: false, why: `exit ${run.exitCode}${run.timedOut ? " (timed out)" : ""}, ${summary}` };
}

function runPython(
  python: string,
  url: string,
  version: string,
  onLine: (line: string) => void,
): Promise<FlowRun> {
  return runFlowProcess(python, [join(here, "python", "flow.py"), url, version], {
    cwd: here,
    timeoutMs: FLOW_TIMEOUT_MS,
    onLine,
    env: { ...process.env, PYTHONUNBUFFERED: "1" },
  });
}

async function pythonFlow(python: string, { version, args }: Version): Promise<Outcome> {
  const client = /^openeo==(\S+)/m.exec(readFileSync(requirementsFile, "utf8"))?.[1] ?? "?";
  const name = `python flow on ${version}`;
  return withMock(
    async (mock) => {
      console.log(`── python: openeo ${client} against ${mock.url} (API ${version})`);
      return verdict(name, await runPython(python, mock.url, version, (line) => console.log(line)));
    },
    name,
    args,
  );
}

/** The Python flow wrapped by the validating proxy: exit 0 only when the flow passed and its traffic broke no rule. */
async function proxiedPythonFlow(python: string, { version, args }: Version): Promise<Outcome> {
  const name = `python flow through the proxy on ${version}`;
  return withMock(
    async (mock) => {
      console.log(`── python through jobkit-conformance proxy --follow-assets against ${mock.url} (API ${version})`);
      const proxy = [conformanceCliPath, "proxy", "--upstream", mock.url, "--follow-assets", "--"];
      const run = await runFlowProcess(process.execPath, [...proxy, python, join(here, "python", "flow.py"), version], {
        cwd: here,
        timeoutMs: FLOW_TIMEOUT_MS,
        onLine: (line) => console.log(line),
        env: { ...process.env, PYTHONUNBUFFERED: "1" },
      });
      return verdict(name, run);
    },
    name,
    args,
  );
}

async function jsFlow({ version, args }: Version): Promise<Outcome> {
  const pkg = createRequire(import.meta.url)("@openeo/js-client/package.json") as { version: string };
  const name = `js flow on ${version}`;
  return withMock(
    async (mock) => {
      console.log(`── js: @openeo/js-client ${pkg.version} against ${mock.url} (API ${version})`);
      const run = await runFlowProcess(
        process.execPath,
        ["--import", "tsx", join(here, "js", "flow.ts"), mock.url, version],
        {
          cwd: here,
          timeoutMs: FLOW_TIMEOUT_MS,
          onLine: (line) => console.log(line),
        },
      );
      return verdict(name, run);
    },
    name,
    args,
  );
}

async function brokenFlow(python: string, broken: BrokenMock): Promise<Outcome> {
  const name = `python flow fails when ${broken.what}`;
  return withMock(async (mock) => {
    console.log(`── python against a broken mock (${broken.what}) — must fail`);
    const response = await fetch(`${mock.url}/_jobkit/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(broken.fault),
    });
    if (!response.ok) {
      return { name, ok: false, why: `POST /_jobkit/faults → ${response.status} ${await response.text()}` };
    }
    const run = await runPython(python, mock.url, "1.3.0", (line) => console.log(`   │ ${line}`));
    const evidence = run.lines.find((line) => broken.expect.test(line));
    if (run.exitCode === 0 || !run.summary || run.summary.failed === 0) {
      return { name, ok: false, why: `the flow did not fail (exit ${run.exitCode})` };
    }
    if (!evidence) return { name, ok: false, why: `no output line matches ${broken.expect}` };
    console.log(`   failed as it must: ${evidence}`);
    return { name, ok: true };
  }, name);
}

async function main(selected: string[]): Promise<number> {
  const known = ["python", "js", "proxy", "broken"];
  const unknown = selected.filter((s) => !known.includes(s));
  if (unknown.length > 0) {
    console.error(`interop: unknown flow ${unknown.join(", ")}; choose from ${known.join(", ")}`);
    return 2;
  }
  const want = (flow: string) => selected.length === 0 || selected.includes(flow);
  if (want("proxy") && !existsSync(conformanceCliPath)) {
    console.error(`interop: ${conformanceCliPath} is missing; build first: npm run build`);
    return 1;
  }
  if (!existsSync(cliPath)) {
    console.error(
      `interop: ${cliPath} is missing; build the mock first: npm run build -w @jobkit/mock-server`,
    );
    return 1;
  }
  const outcomes: Outcome[] = [];
  let python: string | undefined;
  if (want("python") || want("proxy") || want("broken")) {
    try {
      python = ensurePythonEnv({ venvDir, requirementsFile, log: (line) => console.log(line) });
    } catch (error) {
      console.log((error as Error).message);
      outcomes.push({ name: "python environment", ok: false, why: "see above" });
    }
  }
/** The Python flow wrapped by the validating proxy: exit 0 only when the flow passed and its traffic broke no rule. */
async function proxiedPythonFlow(python: string, { version, args }: Version): Promise<Outcome> {
  const name = `python flow through the proxy on ${version}`;
  return withMock(
    async (mock) => {
      console.log(`── python through jobkit-conformance proxy --follow-assets against ${mock.url} (API ${version})`);
      const proxy = [conformanceCliPath, "proxy", "--upstream", mock.url, "--follow-assets", "--"];
      const run = await runFlowProcess(process.execPath, [...proxy, python, join(here, "python", "flow.py"), version], {
        cwd: here,
        timeoutMs: FLOW_TIMEOUT_MS,
        onLine: (line) => console.log(line),
        env: { ...process.env, PYTHONUNBUFFERED: "1" },
      });
      return verdict(name, run);
    },
    name,
    args,
  );
}

async function jsFlow({ version, args }: Version): Promise<Outcome> {
  if (want("broken") && python) {
    for (const broken of BROKEN_MOCKS) outcomes.push(await brokenFlow(python, broken));
  }

  console.log("── interop");
  for (const outcome of outcomes) {
    console.log(outcome.ok ? `✓ ${outcome.name}` : `✗ ${outcome.name}: ${outcome.why}`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`interop: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
