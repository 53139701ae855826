import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { normaliseProcess } from "../default-processes.js";
import { ConformanceUsageError } from "../errors.js";
import type { ConformanceOptions } from "../run-conformance.js";

export type ReporterName = "console" | "json" | "junit" | "html";

export interface CliCommand {
  kind: "run" | "help" | "list";
  options: ConformanceOptions;
  reporter: ReporterName;
  output: string | undefined;
}

export const USAGE = `Usage: jobkit-conformance [--url URL] [options]

Checks an openEO back-end against the API profile rules and follows its batch jobs to the bytes of their
results. Without --url it checks the jobkit mock, started in process on virtual time.

Target and credentials
  --url URL                  the back-end: its origin (https://openeo.example, read through
                             /.well-known/openeo) or an API root (https://openeo.example/openeo/1.2)
  --api-version V            the version to test when the well-known document lists several
                             (default: the newest production version the kit judges)
  --user NAME --password PW  HTTP Basic credentials
  --token VALUE              bearer value after "Bearer ", e.g. basic//abc or oidc/egi/xyz
  --second-user NAME:PW      a second user, for the isolation checks
  --payment-user NAME:PW     a user without credit, for the payment checks (402)
Processes
  --process FILE             JSON process graph the jobs run (default: Sentinel-2 cut-out as GTiff)
  --failing-process FILE     JSON process graph that fails while running (default: load_collection NOT_A_COLLECTION)
Selection (repeat or comma-separate; ids, id prefixes with *, rule numbers, levels L1 L1A L1B L2 L3, scenarios)
  --only LIST                run only these
  --skip LIST                leave these out
Budgets (seconds)
  --timeout S                whole run (default 300)
  --job-timeout S            each wait for a job status (default 120)
  --poll-interval S          between status polls (default 1)
  --request-timeout S        each request (default 30)
Reports
  --reporter NAME            console (default), json, junit or html
  --output FILE              write the report there (console progress still shows)
  --list                     print the catalogue and exit
  --help, -h                 this text

Exit codes: 0 every required check passed; 1 a required check failed, jobs were left behind or the run
timed out; 2 usage error or unreachable target.`;

function seconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Math.round(Number(value) * 1000);
  if (!Number.isFinite(ms) || ms <= 0)
    throw new ConformanceUsageError(
      `--${name} needs a number of seconds > 0 (at least a millisecond), got "${value}".`,
    );
  return ms;
}

function readProcess(file: string, flag: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConformanceUsageError(
      `--${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; give a readable JSON file.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConformanceUsageError(`--${flag} ${file} is not JSON: ${(error as Error).message}`);
  }
  return normaliseProcess(value, `--${flag} ${file}`);
}

function list(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

function pair(value: string, flag: string): { user: string; password: string } {
  const colon = value.indexOf(":");
  if (colon <= 0) throw new ConformanceUsageError(`--${flag} needs NAME:PASSWORD, got "${value}".`);
  return { user: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** Turns argv into options; throws {@link ConformanceUsageError} for anything that makes no sense. */
export function parseCli(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConformanceUsageError(`${(error as Error).message}. See --help.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0)
    throw new ConformanceUsageError(`unexpected argument "${positionals[0]}"; see --help.`);
  const reporter = (values.reporter ?? "console") as ReporterName;
  if (!["console", "json", "junit", "html"].includes(reporter)) {
    throw new ConformanceUsageError(`--reporter must be console, json, junit or html, got "${reporter}".`);
  }
  if (reporter === "console" && values.output !== undefined) {
    throw new ConformanceUsageError("--output needs --reporter json, junit or html.");
  }
  if (values.token !== undefined && values.user !== undefined)
    throw new ConformanceUsageError("give --token or --user/--password, not both.");
  if ((values.user === undefined) !== (values.password === undefined))
    throw new ConformanceUsageError("--user and --password go together.");
  if (values.url === undefined && (values.user !== undefined || values.token !== undefined)) {
    throw new ConformanceUsageError(
      "credentials without --url: the embedded mock uses its demo users; give --url too.",
    );
  }
  const options: ConformanceOptions = {
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values["api-version"] === undefined ? {} : { apiVersion: values["api-version"] }),
    ...(values.user === undefined ? {} : { user: values.user, password: values.password }),
    ...(values.token === undefined ? {} : { token: values.token }),
    ...(values["second-user"] === undefined
      ? {}
      : { secondUser: pair(values["second-user"], "second-user") }),
    ...(values["payment-user"] === undefined
      ? {}
      : { paymentUser: pair(values["payment-user"], "payment-user") }),
    ...(values.process === undefined ? {} : { process: readProcess(values.process, "process") }),
    ...(values["failing-process"] === undefined
      ? {}
      : { failingProcess: readProcess(values["failing-process"], "failing-process") }),
    only: list(values.only),
    skip: list(values.skip),
  };
  const budgets = {
    timeoutMs: seconds(values.timeout, "timeout"),
    jobTimeoutMs: seconds(values["job-timeout"], "job-timeout"),
    pollIntervalMs: seconds(values["poll-interval"], "poll-interval"),
    requestTimeoutMs: seconds(values["request-timeout"], "request-timeout"),
  };
  for (const [key, value] of Object.entries(budgets))
    if (value !== undefined) Object.assign(options, { [key]: value });
  return {
    kind: values.help ? "help" : values.list ? "list" : "run",
    options,
    reporter,
    output: values.output,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      "api-version": { type: "string" },
      user: { type: "string" },
      password: { type: "string" },
      token: { type: "string" },
      "second-user": { type: "string" },
      "payment-user": { type: "string" },
      process: { type: "string" },
      "failing-process": { type: "string" },
      only: { type: "string", multiple: true },
      skip: { type: "string", multiple: true },
      timeout: { type: "string" },
      "job-timeout": { type: "string" },
      "poll-interval": { type: "string" },
      "request-timeout": { type: "string" },
      reporter: { type: "string" },
      output: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
