/** Child processes for the README tests: the mock CLI on a free port, and a README command as written. */
import { type ChildProcess, spawn } from "node:child_process";
import { REPO_ROOT } from "../src/repo-root.js";

/** What a finished command left. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `argv` at the repository root; killed after `budgetMs`. */
export function run(argv: string[], budgetMs: number): Promise<Run> {
  const [command, ...args] = argv as [string, ...string[]];
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const timer = setTimeout(() => child.kill("SIGKILL"), budgetMs);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A mock started by its CLI on 127.0.0.1 and a free port (wall-clock timing, as `npm start`); `stop()` ends it. */
export async function startMock(): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [`${REPO_ROOT}packages/mock-server/bin/jobkit-mock.js`, "--port", "0", "--exit-with-stdin"],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const stop = () => child.kill("SIGTERM");
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the mock did not print its URL within 20 s")), 20_000);
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk;
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once("exit", () => reject(new Error(`the mock exited before printing its URL: ${out}`)));
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { url, stop };
}
