import { spawn } from "node:child_process";

const KILL_GRACE_MS = 5_000;

/** How a wrapped command ended: its exit code (or a stand-in) and a problem sentence when it did not end well. */
export interface CommandOutcome {
  code: number;
  problem?: string;
}

/**
 * Runs a command with the given extra environment and the terminal's stdio, within a budget (SIGTERM, then
 * SIGKILL). SIGINT and SIGTERM sent to this process are passed on to it.
 */
export function runCommand(
  argv: readonly string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<CommandOutcome> {
  const [file, ...args] = argv as [string, ...string[]];
  const shown = argv.join(" ");
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: "inherit", env: { ...process.env, ...env } });
    let timedOut = false;
    const pass = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", pass);
    process.on("SIGTERM", pass);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS).unref();
    }, timeoutMs);
    const finish = (outcome: CommandOutcome) => {
      clearTimeout(timer);
      process.off("SIGINT", pass);
      process.off("SIGTERM", pass);
      resolve(outcome);
    };
    child.on("error", (error) =>
      finish({ code: 127, problem: `the command "${shown}" could not start: ${error.message}` }),
    );
    child.on("exit", (code, signal) => {
      if (timedOut)
        finish({
          code: 124,
          problem: `the command "${shown}" outlasted its budget of ${timeoutMs} ms and was stopped`,
        });
      else if (code === 0) finish({ code: 0 });
      else
        finish({
          code: code ?? 1,
          problem: `the command "${shown}" ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`,
        });
    });
  });
}
