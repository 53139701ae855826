#!/usr/bin/env node
import { red as paintRed, useColour } from "./cli/colour.js";
import { exitOnEpipe } from "./cli/exit-on-epipe.js";
import { packageVersion } from "./cli/package-version.js";
import type { writeReports } from "./cli/write-reports.js";
import { ConformanceUsageError, conformanceMessage, TargetUnreachableError } from "./errors.js";
import { type CliCommand, parseCli, USAGE } from "./internal/cli-args.js";

const colour = useColour(process.env, process.stdout.isTTY);

/**
 * For a run that ended in an error (the target unreachable, say): writes every requested report file, the error
 * as the run's problem, so that each exists on every exit path; then passes the error on.
 */
function reportUnfinished(
  command: CliCommand,
  startedAt: Date,
  unfinishedResult: typeof import("./cli/unfinished-result.js")["unfinishedResult"],
  write: typeof writeReports,
): (error: unknown) => never {
  return (error) => {
    const problem = error instanceof Error ? error.message : String(error);
    const redacted = command.options.redact !== false;
    const unfinished = unfinishedResult(command.options.url, startedAt, problem, redacted);
    const files = command.reports.filter((report) => report.file !== undefined);
    write(files, unfinished, () => undefined, false);
    throw error;
  };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "proxy")
    return (await import("./proxy/proxy-cli.js")).runProxyCli(argv.slice(1), process.env, colour);
  const command = parseCli(argv, process.env);
  if (command.kind === "help" || command.kind === "version") {
    process.stdout.write(command.kind === "help" ? `${USAGE}\n` : `jobkit-conformance ${packageVersion()}\n`);
    return 0;
  }
  if (command.kind === "list") {
    const { CATALOGUE, formatRules } = await import("./catalogue.js");
    for (const check of CATALOGUE) {
      process.stdout.write(
        `${check.id.padEnd(30)} ${check.level.padEnd(4)} ${(formatRules(check.rules) ?? check.basis ?? (check.source === "jobkit" ? "jobkit extra" : "—")).padEnd(18)} ${check.expectation}\n`,
      );
    }
    return 0;
  }
  // Loaded here, not at start: `--help`, `--version` and bad arguments never pay for the reporters, the client,
  // the checks and Ajv.
  const [
    { createConsoleReporter },
    { createHeartbeat },
    { writeReports },
    { runConformance },
    { unfinishedResult },
  ] = await Promise.all([
    import("./reporters/console-reporter.js"),
    import("./cli/heartbeat.js"),
    import("./cli/write-reports.js"),
    import("./run-conformance.js"),
    import("./cli/unfinished-result.js"),
  ]);
  const live = process.stdout.isTTY === true;
  const consoleReporter = command.console
    ? createConsoleReporter({
        write: (text) => process.stdout.write(text),
        live,
        colour,
        redacted: command.options.redact !== false,
      })
    : undefined;
  const beatTo = command.console ? process.stdout : process.stderr;
  const heartbeat = live ? undefined : createHeartbeat((line) => beatTo.write(line), command.heartbeatMs);
  const startedAt = new Date();
  const result = await runConformance({
    ...command.options,
    onEvent: (event) => {
      heartbeat?.onEvent(event);
      consoleReporter?.onEvent(event);
    },
  })
    .catch(reportUnfinished(command, startedAt, unfinishedResult, writeReports))
    .finally(() => heartbeat?.stop());
  consoleReporter?.finish(result);
  writeReports(command.reports, result, (text) => process.stdout.write(text), command.console);
  return result.ok ? 0 : 1;
}

/** How long the process may linger once the verdict is out (an open socket, a timer of a slow target). */
const EXIT_GRACE_MS = 500;

/** Ends the process with `code` once the grace is over, whatever sockets or timers are still open. */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

exitOnEpipe(process.stdout);
main(process.argv.slice(2)).then(
  (code) => exitSoon(code),
  (error: unknown) => {
    const red = (text: string) => paintRed(text, useColour(process.env, process.stderr.isTTY));
    if (error instanceof ConformanceUsageError) {
      const help =
        process.argv[2] === "proxy" ? "jobkit-conformance proxy --help" : "jobkit-conformance --help";
      process.stderr.write(`${red(error.message)}\nRun \`${help}\` for the options.\n`);
    } else if (error instanceof TargetUnreachableError) {
      process.stderr.write(`${red(error.message)}\n`);
    } else {
      process.stderr.write(
        `${conformanceMessage(`unexpected failure: ${(error as Error).stack ?? error}`)}\n`,
      );
    }
    exitSoon(2);
  },
);
