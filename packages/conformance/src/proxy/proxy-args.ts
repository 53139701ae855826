import { parseArgs } from "node:util";
import { duration } from "../cli/duration.js";
import { httpUrl } from "../cli/http-url.js";
import { optionError } from "../cli/option-error.js";
import { writableFile } from "../cli/writable-file.js";
import { ConformanceUsageError } from "../errors.js";
import { type FileReport, reporters } from "../internal/cli-args.js";
import { createSelection } from "../internal/selection.js";
import type { ProxyOptions } from "./create-proxy.js";

/** `jobkit-conformance proxy …` as options. */
export interface ProxyCommand {
  help: boolean;
  options: ProxyOptions;
  /** Whether the console summary is printed (asked for, or no report goes to stdout). */
  console: boolean;
  /** The json/junit/html reports, each to its file or (one) to stdout, as for a run. */
  reports: FileReport[];
  record: string | undefined;
  /** Check ids (or prefixes, levels) whose violations fail the run although they only warn by default. */
  require: string[];
  /** The command to run with OPENEO_URL set (after `--`), or empty to run until SIGINT/SIGTERM. */
  command: string[];
  commandTimeoutMs: number;
}

export const PROXY_USAGE = `Usage: jobkit-conformance proxy --upstream URL [options] [-- command …]

Sits between any openEO client and a back-end, forwards all traffic and judges it: client violations
(requests) and server violations (answers, job status changes). With "-- command" it runs the command with
OPENEO_URL and JOBKIT_URL set to the proxy, then exits non-zero when the command failed or the traffic broke a
required rule. Without a command it runs until SIGINT/SIGTERM, then writes its report.

A flag wins over its environment variable. Durations: 500ms, 30s, 2m, 1h; a bare number is seconds.

  --upstream URL             the back-end's http(s) API URL (required; or $JOBKIT_URL)
  --host HOST / --port N     where the proxy listens (default $JOBKIT_HOST, else 127.0.0.1; $JOBKIT_PORT, else
                             a free port)
  --follow-assets            rewrite asset hrefs through the proxy so downloads are checked (changes the
                             bytes of results documents)
  --record FILE              write every exchange (redacted) as JSON lines
  --require LIST             make these fail the run too, e.g. --require jobkit (jobkit's extras only warn)
  --reporter NAME[=FILE]     console (default), json, junit or html; repeat for several reports, as for a run
  --output FILE              write the one json/junit/html report named without =FILE there
  --request-timeout D        upstream silence budget per exchange (default 30s)
  --exchange-timeout D       whole-exchange budget (default 10m)
  --command-timeout D        budget for the command (default 1h)
  --help, -h                 this text

Exit codes: the command's exit code when it failed; else 1 when the traffic broke a required rule; 0 otherwise;
2 for usage errors.`;

function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535)
    throw new ConformanceUsageError(`--port needs a port number 0–65535, got "${value}".`);
  return number;
}

const OPTIONS = {
  upstream: { type: "string" },
  host: { type: "string" },
  port: { type: "string" },
  "follow-assets": { type: "boolean" },
  record: { type: "string" },
  reporter: { type: "string", multiple: true },
  require: { type: "string", multiple: true },
  output: { type: "string" },
  "request-timeout": { type: "string" },
  "exchange-timeout": { type: "string" },
  "command-timeout": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: OPTIONS }).values;
  } catch (error) {
    const flags = Object.keys(OPTIONS).map((name) => `--${name}`);
    throw new ConformanceUsageError(`proxy: ${optionError(error, flags)}`);
  }
}

/**
 * Turns the arguments after `proxy` (and `JOBKIT_URL`, `JOBKIT_HOST`, `JOBKIT_PORT`) into a command; throws
 * {@link ConformanceUsageError} for nonsense.
 */
export function parseProxyArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ProxyCommand {
  const split = argv.indexOf("--");
  const flags = parse(split < 0 ? argv : argv.slice(0, split));
  const values = {
    ...flags,
    upstream: flags.upstream ?? (env.JOBKIT_URL || undefined),
    host: flags.host ?? (env.JOBKIT_HOST || undefined),
    port: flags.port ?? (env.JOBKIT_PORT || undefined),
  };
  const command = split < 0 ? [] : argv.slice(split + 1);
  const { console, reports } = reporters(values.reporter ?? [], values.output);
  if (!values.help && values.upstream === undefined)
    throw new ConformanceUsageError("proxy needs --upstream URL (the openEO back-end to stand in front of).");
  if (split >= 0 && command.length === 0)
    throw new ConformanceUsageError("nothing after --; give the command to run.");
  if (values.upstream !== undefined) httpUrl(values.upstream, "upstream");
  for (const report of reports)
    if (report.file !== undefined) writableFile(report.file, `--reporter ${report.name}`);
  if (values.record !== undefined) writableFile(values.record, "--record");
  const requestTimeoutMs = duration(values["request-timeout"], "request-timeout");
  const exchangeTimeoutMs = duration(values["exchange-timeout"], "exchange-timeout");
  const listenPort = port(values.port);
  const require = (values.require ?? []).flatMap((value) => value.split(",")).map((value) => value.trim());
  createSelection([], [], require); // refuses names that match no check
  return {
    help: values.help === true,
    options: {
      upstream: values.upstream ?? "",
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(listenPort === undefined ? {} : { port: listenPort }),
      followAssets: values["follow-assets"] === true,
      ...(requestTimeoutMs === undefined ? {} : { requestTimeoutMs }),
      ...(exchangeTimeoutMs === undefined ? {} : { exchangeTimeoutMs }),
    },
    require,
    console,
    reports,
    record: values.record,
    command,
    commandTimeoutMs: duration(values["command-timeout"], "command-timeout") ?? 3_600_000,
  };
}
