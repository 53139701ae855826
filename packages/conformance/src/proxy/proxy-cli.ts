import { writeReports } from "../cli/write-reports.js";
import { ConformanceUsageError } from "../errors.js";
import { createConsoleReporter } from "../reporters/console-reporter.js";
import { createProxy, type ValidatingProxy } from "./create-proxy.js";
import { createExchangeRecorder } from "./exchange-recorder.js";
import { PROXY_USAGE, type ProxyCommand, parseProxyArgs } from "./proxy-args.js";
import { type ProxyResult, proxyResult } from "./proxy-result.js";
import { runCommand } from "./run-command.js";
import type { Violation } from "./verdicts.js";

const write = (text: string) => process.stdout.write(text);

function liveLine(violation: Violation): string {
  const { exchange } = violation;
  return `proxy: ✗ ${violation.check} [${violation.side}] ${exchange.method} ${exchange.upstreamUrl.pathname} → ${exchange.status ?? "no answer"}: ${violation.message}\n`;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** {@link createProxy}, a port in use or an address that cannot be bound said as a usage error. */
async function listen(options: Parameters<typeof createProxy>[0]): Promise<ValidatingProxy> {
  try {
    return await createProxy(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" && code !== "EADDRNOTAVAIL" && code !== "EACCES") throw error;
    const where = `${options.host ?? "127.0.0.1"}:${options.port ?? 0}`;
    throw new ConformanceUsageError(
      `proxy: cannot listen on ${where} (${code}); give another --port, or none for a free one.`,
      { cause: error },
    );
  }
}

function report(command: ProxyCommand, result: ProxyResult, colour: boolean): void {
  if (command.console) {
    const { discoveredVersions, judgedAs } = result.proxy;
    write(
      `\nproxy: ${result.processChoice}\nproxy: discovered ${discoveredVersions.join(", ") || "no version"}, judged by the ${judgedAs.join(", ")} contract\n`,
    );
    createConsoleReporter({ write, live: process.stdout.isTTY === true, colour }).finish(result);
  }
  writeReports(command.reports, result, write, command.console);
}

/**
 * `jobkit-conformance proxy`: runs the validating proxy until the wrapped command ends (or SIGINT/SIGTERM), then
 * reports. Resolves with the exit code.
 */
export async function runProxyCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  colour = false,
): Promise<number> {
  const command = parseProxyArgs(argv, env);
  if (command.help) {
    write(`${PROXY_USAGE}\n`);
    return 0;
  }
  // exchanges (and so violations) come only once the proxy listens, after `proxy` is set
  const redact = <T>(value: T): T => proxy.redact(value);
  const recorder = command.record ? createExchangeRecorder(command.record, redact) : undefined;
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const proxy: ValidatingProxy = await listen({
    ...command.options,
    onViolation: (violation) => process.stderr.write(redact(liveLine(violation))),
    ...(recorder ? { onExchange: recorder.write } : {}),
  });
  write(`proxy listening on ${proxy.url} -> ${command.options.upstream}\n`);
  const runProblems: string[] = [];
  let commandCode = 0;
  if (command.command.length > 0) {
    const outcome = await runCommand(
      command.command,
      { OPENEO_URL: proxy.url, JOBKIT_URL: proxy.url },
      command.commandTimeoutMs,
    );
    commandCode = outcome.code;
    if (outcome.problem) runProblems.push(outcome.problem);
  } else await untilSignal();
  await proxy.close();
  const recordFailure = await recorder?.close();
  if (recordFailure) runProblems.push(`--record ${command.record}: ${recordFailure.message}`);
  const result = proxyResult(proxy, {
    startedAt,
    durationMs: Math.round(performance.now() - started),
    runProblems,
    require: command.require,
  });
  report(command, result, colour);
  if (commandCode !== 0) return commandCode;
  return result.ok ? 0 : 1;
}
