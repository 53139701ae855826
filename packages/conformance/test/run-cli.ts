import { spawn } from "node:child_process";

const KIT_CLI = new URL("../src/cli.ts", import.meta.url).pathname;

/** What one CLI run printed, how it ended and how long it took (real milliseconds, start-up included). */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs the kit's CLI (through tsx) and collects its output; killed and rejected after `limitMs`. */
export function kit(args: string[], limitMs = 60_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
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
      reject(new Error(`jobkit-conformance ${args.join(" ")} did not finish in ${limitMs / 1000} s`));
    }, limitMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}
