import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { duration } from "../cli/duration.js";
import { HEARTBEAT_MS } from "../cli/heartbeat.js";
import { httpUrl } from "../cli/http-url.js";
import { optionError } from "../cli/option-error.js";
import { writableFile } from "../cli/writable-file.js";
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
  kind: "run" | "help" | "list" | "version";
  options: ConformanceOptions;
  /** Whether the live console view runs (asked for, or no report goes to stdout). */
  console: boolean;
  reports: FileReport[];
  /** How often a wait for a job prints a line (`--heartbeat`). */
  heartbeatMs: number;
}

export const USAGE = `Usage: jobkit-conformance [--url URL] [options]

Checks an openEO back-end against the API profile rules and follows its batch jobs to the bytes of their
results. Without --url it checks the jobkit mock (the optional @jobkit/mock-server, installed
next to the kit), started in process on virtual time.
To judge your own client's traffic instead: jobkit-conformance proxy --upstream URL -- command (proxy --help).

A flag wins over its environment variable. NO_COLOR / FORCE_COLOR turn colour off / on.

Target and credentials
  --url URL                  the back-end (or $JOBKIT_URL): its http(s) origin (https://openeo.example, read
                             through /.well-known/openeo) or an API root (https://openeo.example/openeo/1.2)
  --api-version V            the version to test when the well-known document lists several
                             (default: the newest production version the kit judges)
  --user NAME --password PW  HTTP Basic credentials (or $JOBKIT_USER, $JOBKIT_PASSWORD; used only with a URL)
  --token VALUE              bearer value after "Bearer ", e.g. basic//abc or oidc/egi/xyz (or $JOBKIT_TOKEN)
  --oidc-client-id ID --oidc-client-secret S
                             OpenID Connect client credentials: sign in with them (when no --user or
                             --token is given); their access token also serves the JWT and token-attack checks
                             (or $OPENEO_AUTH_CLIENT_ID, $OPENEO_AUTH_CLIENT_SECRET)
  --oidc-provider ID         the provider of GET /credentials/oidc (default: the first listed;
                             or $OPENEO_AUTH_PROVIDER_ID)
  --second-user NAME:PW      a second user, for the isolation checks
  --second-oidc-client ID:S  the second user by OpenID Connect client credentials
  --second-token VALUE       the second user by a bearer value
  --payment-user NAME:PW     a user without credit, for the payment checks (402)
  --payment-oidc-client ID:S, --payment-token VALUE   that user by OIDC client or bearer value
Processes
  --process FILE             JSON process graph the jobs run (default: the back-end's first collection
                             over a 0.01° square and 5 days, saved as GTiff, JSON or PNG)
  --failing-process FILE     JSON process graph that fails while running (default: the jobs' process
                             loading the unknown collection ${UNKNOWN_COLLECTION})
Selection (repeat or comma-separate; ids, id prefixes with *, rule numbers, levels L1 L1A L1B L2 L3, scenarios)
  --only LIST                run only these (and require them)
  --skip LIST                leave these out
  --require LIST             make these fail the run, e.g. --require jobkit for every jobkit.* extra
                             (jobkit's extras, L2 and L3 only warn by default)
Budgets (durations: 500ms, 30s, 2m, 1h; a bare number is seconds)
  --timeout D                whole run (default 300s)
  --job-timeout D            each wait for a job status (default 120s)
  --poll-interval D          between status polls (default 1s)
  --request-timeout D        each request (default 30s)
  --heartbeat D              while waiting for a job, print a line with its status this often (default 10s)
Reports
  --reporter NAME[=FILE]     console (default), json, junit or html; repeat for several reports in one
                             run, e.g. --reporter console --reporter junit=out.xml --reporter html=out.html
  --output FILE              where the one json/junit/html reporter without =FILE writes (default stdout)
  --no-redact                keep secrets (passwords, tokens, signed links) in the reports: local debugging
                             only; every report then starts with a warning. Never publish such a report
  --list                     print the catalogue and exit
  --help, -h                 this text
  --version                  print the kit's version

Exit codes: 0 every required check passed; 1 a required check failed, jobs were left behind or the run
timed out; 2 usage error or unreachable target.`;

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

/**
 * Turns argv (and the connection's environment variables) into options; throws {@link ConformanceUsageError} for
 * anything that makes no sense.
 */
export function parseCli(argv: readonly string[], env: Record<string, string | undefined> = {}): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConformanceUsageError(optionError(error, FLAGS));
  }
  const values = withEnvironment(parsed.values, env);
  const { positionals } = parsed;
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
    ...(values.url === undefined ? {} : { url: httpUrl(values.url, "url") }),
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
    timeoutMs: duration(values.timeout, "timeout"),
    jobTimeoutMs: duration(values["job-timeout"], "job-timeout"),
    pollIntervalMs: duration(values["poll-interval"], "poll-interval"),
    requestTimeoutMs: duration(values["request-timeout"], "request-timeout"),
  };
  for (const [key, value] of Object.entries(budgets))
    if (value !== undefined) Object.assign(options, { [key]: value });
  for (const report of reports)
    if (report.file !== undefined) writableFile(report.file, `--reporter ${report.name}`);
  return {
    kind: values.help ? "help" : values.version ? "version" : values.list ? "list" : "run",
    options,
    console,
    reports,
    heartbeatMs: duration(values.heartbeat, "heartbeat") ?? HEARTBEAT_MS,
  };
}

/** Connection flags and the environment variables that stand in for them (the flag wins). */
const ENVIRONMENT = {
  url: "JOBKIT_URL",
  user: "JOBKIT_USER",
  password: "JOBKIT_PASSWORD",
  token: "JOBKIT_TOKEN",
  "oidc-client-id": "OPENEO_AUTH_CLIENT_ID",
  "oidc-client-secret": "OPENEO_AUTH_CLIENT_SECRET",
  "oidc-provider": "OPENEO_AUTH_PROVIDER_ID",
} as const;

/**
 * The flags, completed from {@link ENVIRONMENT}: the URL always, credentials only when there is a URL (without one
 * the embedded mock runs with its demo users).
 */
function withEnvironment(values: Parsed, env: Record<string, string | undefined>): Parsed {
  const url = values.url ?? (env.JOBKIT_URL || undefined);
  if (url === undefined) return values;
  const completed: Parsed = { ...values, url };
  const credentials = ["token", "user", "password", "oidc-client-id", "oidc-client-secret"] as const;
  if (credentials.some((flag) => values[flag] !== undefined)) return completed;
  for (const [flag, name] of Object.entries(ENVIRONMENT) as [keyof typeof ENVIRONMENT, string][])
    if (completed[flag] === undefined && env[name]) completed[flag] = env[name];
  return completed;
}

const REPORTERS: readonly ReporterName[] = ["console", "json", "junit", "html"];

/**
 * Reads `--reporter NAME[=FILE]` (repeatable) and `--output FILE` (for the one file reporter named without a
 * file). At most one report goes to stdout; the console view runs when asked for or when none does.
 */
export function reporters(
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

const OPTIONS = {
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
  heartbeat: { type: "string" },
  reporter: { type: "string", multiple: true },
  output: { type: "string" },
  list: { type: "boolean" },
  "no-redact": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** Every flag of the kit, as `--name`. */
const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], strict: true, allowPositionals: true, options: OPTIONS });
}
