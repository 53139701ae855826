import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The mock-server package folder, where the CLI runs. */
export const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url));

/** True when dist/cli.js is missing or older than a source file. */
function distIsStale(): boolean {
  const built = join(root, "dist", "cli.js");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true });
  return sources.some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > builtAt,
  );
}

/** Builds dist/ when it is missing or older than a source file, so CLI tests run the current code. */
export function buildIfStale(): void {
  if (distIsStale()) execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root });
}

/** Runs the CLI (built if stale) with arguments it must refuse: its exit status and standard error. */
export function cliFailure(args: readonly string[]): { status: number; stderr: string } {
  buildIfStale();
  try {
    execFileSync(process.execPath, ["dist/cli.js", ...args], { cwd: root, stdio: "pipe", timeout: 10_000 });
  } catch (error) {
    return {
      status: (error as { status: number }).status,
      stderr: String((error as { stderr: Buffer }).stderr),
    };
  }
  return { status: 0, stderr: "" };
}

/**
 * Starts the built CLI (by default on a free port) and resolves its URL through 127.0.0.1 (also when it binds
 * beyond loopback) and its output.
 */
export async function startCli(
  args: string[],
  { env = process.env, entry = "dist/cli.js", port = ["--port", "0"] } = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [entry, ...port, ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const listening = /jobkit-mock listening on http:\/\/\S+:(\d+)/.exec(output)?.[1];
    if (listening && output.includes("control API"))
      return { child, url: `http://127.0.0.1:${listening}`, output: () => output };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill("SIGKILL");
  throw new Error(`the CLI did not start: ${output}`);
}
