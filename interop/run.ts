/**
 * Runs the official openEO clients, unmodified, against the CLI-started jobkit mock server.
 *
 * Usage: tsx run.ts [python] [oidc] [js] [broken]   (no argument: all four)
 *   python  the `openeo` Python client flow (python/flow.py) in interop/.venv
 *   oidc    the Python flow signed in by OpenID Connect: client credentials, the device flow (with one
 *           injected TokenInvalid the client must recover from by refreshing), authenticate_oidc() from env
 *   js      the `@openeo/js-client` flow (js/flow.ts)
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

async function withMock(run: (mock: MockProcess) => Promise<Outcome>, name: string): Promise<Outcome> {
  let mock: MockProcess;
  try {
    mock = await startMockProcess({ cliPath, args: MOCK_ARGS });
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
  onLine: (line: string) => void,
  auth = "basic",
  env: Record<string, string> = {},
): Promise<FlowRun> {
  return runFlowProcess(python, [join(here, "python", "flow.py"), url, auth], {
    cwd: here,
    timeoutMs: FLOW_TIMEOUT_MS,
    onLine,
    env: { ...process.env, PYTHONUNBUFFERED: "1", ...env },
  });
}

async function control(mock: MockProcess, path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${mock.url}/_jobkit${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${body ? "POST" : "GET"} /_jobkit${path} → ${response.status} ${await response.text()}`);
  return response.json();
}

/** One Python run signed in by OpenID Connect; `prepare` may install faults, `verify` checks the mock afterwards. */
interface OidcRun {
  name: string;
  auth: string;
  env?: Record<string, string>;
  prepare?: (mock: MockProcess) => Promise<void>;
  verify?: (mock: MockProcess) => Promise<string | undefined>;
}

const TOKEN_INVALID_ONCE = {
  match: { method: "GET", path: "/jobs/*" },
  skip: 2,
  times: 1,
  action: { type: "error", status: 403, code: "TokenInvalid", message: "injected: the token expired" },
};

const OIDC_RUNS: OidcRun[] = [
  { name: "python authenticate_oidc_client_credentials", auth: "client-credentials" },
  {
    name: "python authenticate_oidc_device (PKCE) + one TokenInvalid → refresh",
    auth: "device",
    prepare: async (mock) => {
      await control(mock, "/faults", TOKEN_INVALID_ONCE);
    },
    verify: async (mock) => {
      const { faults } = (await control(mock, "/faults")) as { faults: unknown[] };
      if (faults.length > 0) return "the injected TokenInvalid was never hit";
      const { entries } = (await control(mock, "/journal")) as {
        entries: { method: string; path: string; status: number }[];
      };
      const grants = entries.filter(
        (e) => e.method === "POST" && e.path === "/oidc/token" && e.status === 200,
      );
      return grants.length >= 2
        ? undefined
        : `expected a device grant and a refresh, saw ${grants.length} token(s)`;
    },
  },
  {
    name: "python authenticate_oidc() with OPENEO_AUTH_METHOD=client_credentials",
    auth: "oidc-env",
    env: {
      OPENEO_AUTH_METHOD: "client_credentials",
      OPENEO_AUTH_CLIENT_ID: "alice-client",
      OPENEO_AUTH_CLIENT_SECRET: "alice123",
      OPENEO_AUTH_PROVIDER_ID: "jobkit",
    },
  },
];

async function oidcFlow(python: string, run: OidcRun): Promise<Outcome> {
  return withMock(async (mock) => {
    console.log(`── ${run.name} against ${mock.url}`);
    await run.prepare?.(mock);
    const result = verdict(
      run.name,
      await runPython(python, mock.url, (line) => console.log(line), run.auth, run.env),
    );
    const problem = result.ok ? await run.verify?.(mock) : undefined;
    return problem ? { name: run.name, ok: false, why: problem } : result;
  }, run.name);
}

async function pythonFlow(python: string): Promise<Outcome> {
  const version = /^openeo==(\S+)/m.exec(readFileSync(requirementsFile, "utf8"))?.[1] ?? "?";
  return withMock(async (mock) => {
    console.log(`── python: openeo ${version} against ${mock.url}`);
    return verdict("python flow", await runPython(python, mock.url, (line) => console.log(line)));
  }, "python flow");
}

async function jsFlow(auth: "basic" | "client-credentials"): Promise<Outcome> {
  const pkg = createRequire(import.meta.url)("@openeo/js-client/package.json") as { version: string };
  const name = auth === "basic" ? "js flow" : `js flow (${auth})`;
  return withMock(async (mock) => {
    console.log(`── js (${auth}): @openeo/js-client ${pkg.version} against ${mock.url}`);
    const run = await runFlowProcess(
      process.execPath,
      ["--import", "tsx", join(here, "js", "flow.ts"), mock.url, auth],
      {
        cwd: here,
        timeoutMs: FLOW_TIMEOUT_MS,
        onLine: (line) => console.log(line),
      },
    );
    return verdict(name, run);
  }, name);
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
    const run = await runPython(python, mock.url, (line) => console.log(`   │ ${line}`));
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
  const known = ["python", "oidc", "js", "broken"];
  const unknown = selected.filter((s) => !known.includes(s));
  if (unknown.length > 0) {
    console.error(`interop: unknown flow ${unknown.join(", ")}; choose from ${known.join(", ")}`);
    return 2;
  }
  const want = (flow: string) => selected.length === 0 || selected.includes(flow);
  if (!existsSync(cliPath)) {
    console.error(
      `interop: ${cliPath} is missing; build the mock first: npm run build -w @jobkit/mock-server`,
    );
    return 1;
  }
  const outcomes: Outcome[] = [];
  let python: string | undefined;
  if (want("python") || want("oidc") || want("broken")) {
    try {
      python = ensurePythonEnv({ venvDir, requirementsFile, log: (line) => console.log(line) });
    } catch (error) {
      console.log((error as Error).message);
      outcomes.push({ name: "python environment", ok: false, why: "see above" });
    }
  }
  if (want("python") && python) outcomes.push(await pythonFlow(python));
  if (want("oidc") && python) for (const run of OIDC_RUNS) outcomes.push(await oidcFlow(python, run));
  if (want("js")) outcomes.push(await jsFlow("basic"), await jsFlow("client-credentials"));
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
