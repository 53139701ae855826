import { spawn } from "node:child_process";

const KIT_CLI = new URL("../src/cli.ts", import.meta.url).pathname;
/** The CLI as installed: the package's bin over the built `dist` (the test task builds first). */
const BUILT_CLI = new URL("../bin/jobkit-conformance.js", import.meta.url).pathname;

/** What one CLI run printed, how it ended and how long it took (real milliseconds, start-up included). */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** Real milliseconds from the last output (stdout or stderr) to the end of the process. */
  quietMs: number;
}

/** The connection variables of the shell, left out so that a developer's JOBKIT_URL does not steer the tests. */
const CLEAN = {
  JOBKIT_URL: "",
  JOBKIT_USER: "",
  JOBKIT_PASSWORD: "",
  JOBKIT_TOKEN: "",
  JOBKIT_HOST: "",
  JOBKIT_PORT: "",
};

/**
 * Runs the kit's CLI (through tsx) with `env` over the test's environment and collects its output; killed and
 * rejected after `limitMs`. `closeStdout`: the reader of stdout is gone before the kit writes (`… | head`).
 * `built`: the package's bin over `dist` instead of the sources.
 */
export function kit(
  args: string[],
  limitMs = 60_000,
  {
    env = {},
    closeStdout = false,
    built = false,
  }: { env?: Record<string, string>; closeStdout?: boolean; built?: boolean } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const command = built ? [BUILT_CLI, ...args] : ["--import", "tsx", KIT_CLI, ...args];
    const child = spawn(process.execPath, command, {
      env: { ...process.env, ...CLEAN, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (closeStdout) child.stdout.destroy();
    let stdout = "";
    let stderr = "";
    let lastOutput = started;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      lastOutput = performance.now();
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      lastOutput = performance.now();
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`jobkit-conformance ${args.join(" ")} did not finish in ${limitMs / 1000} s`));
    }, limitMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const ended = performance.now();
      resolve({ code, stdout, stderr, elapsedMs: ended - started, quietMs: ended - lastOutput });
    });
  });
}
