import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

/** The line the mock CLI prints once it accepts connections. */
const LISTENING = /listening on (https?:\/\/\S+)/;

export interface MockProcessOptions {
  /** Path of the CLI script run with the current Node binary (packages/mock-server/dist/cli.js). */
  cliPath: string;
  /** Extra CLI arguments, e.g. ["--timing", "wall", "--queued-ms", "200"]. */
  args?: string[];
  /** How long to wait for the listening line. */
  startTimeoutMs?: number;
  /** How long to wait for a clean exit after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
}

export interface MockProcess {
  /** The base URL the CLI printed, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything the process wrote so far (stdout and stderr, interleaved by line). */
  output(): string[];
  /** Whether the process is still alive (it must be, until stop()). */
  running(): boolean;
  /** SIGTERM, wait for exit (SIGKILL after the stop timeout); resolves with the exit code or signal. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A mock CLI that did not come up. */
export class MockStartError extends Error {
  readonly code = "MOCK_START_FAILED";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MockStartError";
  }
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([once(child, "exit").then(() => true), timer]);
}

/**
 * Starts the mock server CLI on a free port and resolves once it printed its URL.
 *
 * @example
 * const mock = await startMockProcess({ cliPath: "packages/mock-server/dist/cli.js", args: ["--port", "0"] });
 * try { await fetch(`${mock.url}/`); } finally { await mock.stop(); }
 */
export async function startMockProcess(options: MockProcessOptions): Promise<MockProcess> {
  const { cliPath, args = [], startTimeoutMs = 15_000, stopTimeoutMs = 5_000 } = options;
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, stopTimeoutMs))) {
        child.kill("SIGKILL");
        await waitForExit(child, stopTimeoutMs);
      }
    }
    return { code: child.exitCode, signal: child.signalCode };
  };

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (message: string, cause?: unknown) => {
      clearTimeout(timer);
      reject(new MockStartError(`${message}\n${lines.join("\n")}`.trim(), { cause }));
    };
    const timer = setTimeout(
      () => fail(`the mock CLI printed no "listening on" line within ${startTimeoutMs} ms`),
      startTimeoutMs,
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        lines.push(line);
        const match = LISTENING.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1].replace(/\/$/, ""));
        }
      });
    }
    child.once("error", (error) => fail(`could not run ${cliPath}: ${error.message}`, error));
    child.once("exit", (code, signal) =>
      fail(`the mock CLI exited (code ${code}, signal ${signal}) before listening`),
    );
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  const running = () => child.exitCode === null && child.signalCode === null;
  return { url, output: () => [...lines], running, stop };
}
