/** Runs the `jobkit` bin (`bin/jobkit.js`, which loads the built `dist/cli.js`) as a user would, in its own process. */
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI the bin loads; tests check it exists before they start. */
export const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "jobkit.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `jobkit ...args` (killed after 20 s) with `env` over the test's environment, without any JOBKIT_URL
 * or JOBKIT_TOKEN of the shell; `onStderr` sees the stderr so far each time more arrives. `closeStdout`: the
 * reader of stdout is gone before the CLI writes (as `jobkit … | head` once head has its lines).
 */
export function runJobkit(
  args: string[],
  env: Record<string, string> = {},
  onStderr?: (stderr: string, child: ChildProcess) => void,
  { closeStdout = false } = {},
): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, JOBKIT_URL: "", JOBKIT_TOKEN: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (closeStdout) child.stdout?.destroy();
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk;
    onStderr?.(stderr, child);
  });
  return new Promise((resolve) => {
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
