import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { normaliseProcess } from "../default-processes.js";
import { ConformanceUsageError } from "../errors.js";
import type { ConformanceOptions } from "../run-conformance.js";
import { UNKNOWN_COLLECTION } from "./choose-process.js";

export type ReporterName = "console" | "json" | "junit" | "html";

/** A file report: its format and where it goes (undefined: stdout). */
export interface FileReport {
  name: Exclude<ReporterName, "console">;
  file: string | undefined;
}

export interface CliCommand {
  kind: "run" | "help" | "list";
  options: ConformanceOptions;
  /** Whether the live console view runs (asked for, or no report goes to stdout). */
  console: boolean;
  reports: FileReport[];
}

export const USAGE = `Usage: jobkit-conformance [--url URL] [options]

Checks an openEO back-end against the API profile rules and follows its batch jobs to the bytes of their
results. Without --url it checks the jobkit mock (the optional @jobkit/mock-server, installed
next to the kit), started in process on virtual time.
To judge your own client's traffic instead: jobkit-conformance proxy --upstream URL -- command (proxy --help).

Target and credentials
  --url URL                  the back-end: its origin (https://openeo.example, read through
                             /.well-known/openeo) or an API root (https://openeo.example/openeo/1.2)
  --api-version V            the version to test when the well-known document lists several
                             (default: the newest production version the kit judges)
  --user NAME --password PW  HTTP Basic credentials
  --token VALUE              bearer value after "Bearer ", e.g. basic//abc or oidc/egi/xyz
  --oidc-client-id ID --oidc-client-secret S
                             OpenID Connect client credentials: sign in with them (when no --user or
                             --token is given); their access token also serves the JWT and token-attack checks
  --oidc-provider ID         the provider of GET /credentials/oidc (default: the first listed)
  --second-user NAME:PW      a second user, for the isolation checks
  --second-oidc-client ID:S  the second user by OpenID Connect client credentials
  --second-token VALUE       the second user by a bearer value
  --payment-user NAME:PW     a user without credit, for the payment checks (402)
  --payment-oidc-client ID:S, --payment-token VALUE   that user by OIDC client or bearer value
Processes
  --process FILE             JSON process graph the jobs run (default: Sentinel-2 cut-out as GTiff)
  --failing-process FILE     JSON process graph that fails while running (default: the jobs' process
                             loading the unknown collection ${UNKNOWN_COLLECTION})
Selection (repeat or comma-separate; ids, id prefixes with *, rule numbers, levels L1 L1A L1B L2 L3, scenarios)
  --only LIST                run only these (and require them)
  --skip LIST                leave these out
  --require LIST             make these fail the run, e.g. --require jobkit for every jobkit.* extra
                             (jobkit's extras, L2 and L3 only warn by default)
Budgets (seconds)
  --timeout S                whole run (default 300)
  --job-timeout S            each wait for a job status (default 120)
  --poll-interval S          between status polls (default 1)
  --request-timeout S        each request (default 30)
Reports
  --reporter NAME[=FILE]     console (default), json, junit or html; repeat for several reports in one
                             run, e.g. --reporter console --reporter junit=out.xml --reporter html=out.html
  --output FILE              where the one json/junit/html reporter without =FILE writes (default stdout)
  --no-redact                keep secrets (passwords, tokens, signed links) in the reports: local debugging
                             only; every report then starts with a warning. Never publish such a report
  --list                     print the catalogue and exit
  --help, -h                 this text

Exit codes: 0 every required check passed; 1 a required check failed, jobs were left behind or the run
timed out; 2 usage error or unreachable target.`;

/** A `--name S` option in milliseconds; throws {@link ConformanceUsageError} unless it is > 0. */
export function seconds(value: string | undefined, name: string): number | undefined {
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

type Parsed = ReturnType<typeof parse>["values"];

/** `--oidc-client-id`, `--oidc-client-secret`, `--oidc-provider` as the `oidcClient` option. */
function oidcClientOption(values: Parsed): Pick<ConformanceOptions, "oidcClient"> {
  const {
    "oidc-client-id": clientId,
    "oidc-client-secret": clientSecret,
    "oidc-provider": providerId,
  } = values;
  if (clientId === undefined && clientSecret === undefined) {
    if (providerId !== undefined)
      throw new ConformanceUsageError("--oidc-provider needs --oidc-client-id and --oidc-client-secret.");
    return {};
  }
  if (!clientId || clientSecret === undefined)
    throw new ConformanceUsageError("--oidc-client-id and --oidc-client-secret go together.");
  return { oidcClient: { clientId, clientSecret, ...(providerId ? { providerId } : {}) } };
}

/** A further user from `--<role>-user NAME:PW`, `--<role>-oidc-client ID:SECRET` or `--<role>-token VALUE` (one of them). */
function userOption(
  values: Parsed,
  role: "second" | "payment",
  key: "secondUser" | "paymentUser",
): Partial<Pick<ConformanceOptions, "secondUser" | "paymentUser">> {
  const user = values[`${role}-user`];
  const client = values[`${role}-oidc-client`];
  const token = values[`${role}-token`];
  const given = [user, client, token].filter((v) => v !== undefined).length;
  if (given > 1)
    throw new ConformanceUsageError(`give one of --${role}-user, --${role}-oidc-client and --${role}-token.`);
  if (user !== undefined) return { [key]: pair(user, `${role}-user`) };
  if (token !== undefined) return { [key]: { token } };
  if (client === undefined) return {};
  const { user: clientId, password: clientSecret } = pair(client, `${role}-oidc-client`);
  const providerId = values["oidc-provider"];
  return { [key]: { oidcClient: { clientId, clientSecret, ...(providerId ? { providerId } : {}) } } };
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
  const { console, reports } = reporters(values.reporter ?? [], values.output);
  if (values.token !== undefined && values.user !== undefined)
    throw new ConformanceUsageError("give --token or --user/--password, not both.");
  if ((values.user === undefined) !== (values.password === undefined))
    throw new ConformanceUsageError("--user and --password go together.");
  if (
    values.url === undefined &&
    (values.user !== undefined || values.token !== undefined || values["oidc-client-id"] !== undefined)
  ) {
    throw new ConformanceUsageError(
      "credentials without --url: the embedded mock uses its demo users; give --url too.",
    );
  }
  const options: ConformanceOptions = {
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values["api-version"] === undefined ? {} : { apiVersion: values["api-version"] }),
    ...(values.user === undefined ? {} : { user: values.user, password: values.password }),
    ...(values.token === undefined ? {} : { token: values.token }),
    ...oidcClientOption(values),
    ...userOption(values, "second", "secondUser"),
    ...userOption(values, "payment", "paymentUser"),
    ...(values.process === undefined ? {} : { process: readProcess(values.process, "process") }),
    ...(values["failing-process"] === undefined
      ? {}
      : { failingProcess: readProcess(values["failing-process"], "failing-process") }),
    only: list(values.only),
    skip: list(values.skip),
    require: list(values.require),
    ...(values["no-redact"] ? { redact: false } : {}),
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
    console,
    reports,
  };
}

const REPORTERS: readonly ReporterName[] = ["console", "json", "junit", "html"];

/**
 * Reads `--reporter NAME[=FILE]` (repeatable) and `--output FILE` (for the one file reporter named without a
 * file). At most one report goes to stdout; the console view runs when asked for or when none does.
 */
function reporters(
  values: readonly string[],
  output: string | undefined,
): { console: boolean; reports: FileReport[] } {
  let console = false;
  const reports: FileReport[] = [];
  for (const value of values) {
    const equals = value.indexOf("=");
    const name = (equals < 0 ? value : value.slice(0, equals)) as ReporterName;
    const file = equals < 0 ? undefined : value.slice(equals + 1);
    if (!REPORTERS.includes(name))
      throw new ConformanceUsageError(`--reporter must be console, json, junit or html, got "${name}".`);
    if (name === "console") {
      if (file !== undefined)
        throw new ConformanceUsageError("--reporter console writes to the terminal, not to a file.");
      console = true;
    } else if (file === "") throw new ConformanceUsageError(`--reporter ${name}= needs a file name after =.`);
    else reports.push({ name, file });
  }
  const unnamed = reports.filter((report) => report.file === undefined);
  if (output !== undefined) {
    if (unnamed.length !== 1)
      throw new ConformanceUsageError(
        "--output needs exactly one --reporter json, junit or html without =FILE; or write --reporter NAME=FILE.",
      );
    (unnamed[0] as FileReport).file = output;
  } else if (unnamed.length > 1) {
    throw new ConformanceUsageError(
      `only one report can go to stdout, but ${unnamed.map((report) => report.name).join(" and ")} have no file; write --reporter NAME=FILE.`,
    );
  }
  const toStdout = reports.some((report) => report.file === undefined);
  if (console && toStdout)
    throw new ConformanceUsageError(
      "the console and a report cannot both write to stdout; give the report a file.",
    );
  return { console: console || !toStdout, reports };
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
      "oidc-client-id": { type: "string" },
      "oidc-client-secret": { type: "string" },
      "oidc-provider": { type: "string" },
      "second-user": { type: "string" },
      "second-oidc-client": { type: "string" },
      "second-token": { type: "string" },
      "payment-user": { type: "string" },
      "payment-oidc-client": { type: "string" },
      "payment-token": { type: "string" },
      process: { type: "string" },
      "failing-process": { type: "string" },
      only: { type: "string", multiple: true },
      skip: { type: "string", multiple: true },
      require: { type: "string", multiple: true },
      timeout: { type: "string" },
      "job-timeout": { type: "string" },
      "poll-interval": { type: "string" },
      "request-timeout": { type: "string" },
      reporter: { type: "string", multiple: true },
      output: { type: "string" },
      list: { type: "boolean" },
      "no-redact": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
