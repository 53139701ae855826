import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface FlowSummary {
  passed: number;
  failed: number;
}

export interface FlowRun {
  /** Exit code, or null when the flow was killed (timeout or signal). */
  exitCode: number | null;
  timedOut: boolean;
  lines: string[];
  /** The closing `N passed, N failed` line, if the flow got that far. */
  summary?: FlowSummary;
}

const SUMMARY = /^(\d+) passed, (\d+) failed$/;

/** Reads the last `N passed, N failed` line of a flow's output. */
export function parseSummary(lines: readonly string[]): FlowSummary | undefined {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const match = SUMMARY.exec(lines[i]?.trim() ?? "");
    if (match) return { passed: Number(match[1]), failed: Number(match[2]) };
  }
  return undefined;
}

/** A flow passed when it exited 0 and its summary counts steps and no failure. */
export function flowPassed(run: FlowRun): boolean {
  return (
    run.exitCode === 0 && !run.timedOut && !!run.summary && run.summary.passed > 0 && run.summary.failed === 0
  );
}

/**
 * Runs one flow process, streaming each output line to `onLine`; kills it after `timeoutMs`.
 *
 * @example
 * const run = await runFlowProcess(".venv/bin/python", ["python/flow.py", url], { timeoutMs: 120_000 });
 * if (!flowPassed(run)) process.exitCode = 1;
 */
export async function runFlowProcess(
  command: string,
  args: string[],
  options: { cwd?: string; timeoutMs: number; onLine?: (line: string) => void; env?: NodeJS.ProcessEnv },
): Promise<FlowRun> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      options.onLine?.(line);
    });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      lines.push(`could not run ${command}: ${error.message}`);
      options.onLine?.(lines[lines.length - 1] ?? "");
      resolve(null);
    });
    child.once("close", (code) => resolve(code));
  });
  clearTimeout(timer);
  if (timedOut) {
    const line = `killed after ${options.timeoutMs} ms`;
    lines.push(line);
    options.onLine?.(line);
  }
  return { exitCode: timedOut ? null : exitCode, timedOut, lines, summary: parseSummary(lines) };
}
