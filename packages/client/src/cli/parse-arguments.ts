import { parseArgs } from "node:util";
import type { Auth } from "../connect.js";
import type { LogLevel } from "../types.js";
import { optionError } from "./option-error.js";
import { UsageError } from "./usage-error.js";

const OPTIONS = {
  url: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  token: { type: "string" },
  "oidc-client-id": { type: "string" },
  "oidc-client-secret": { type: "string" },
  "oidc-provider": { type: "string" },
  "oidc-device": { type: "boolean" },
  status: { type: "boolean" },
  limit: { type: "string" },
  title: { type: "string" },
  description: { type: "string" },
  plan: { type: "string" },
  budget: { type: "string" },
  "log-level": { type: "string" },
  level: { type: "string" },
  concurrency: { type: "string" },
  "poll-interval": { type: "string" },
  timeout: { type: "string" },
  wait: { type: "boolean" },
  "cancel-on-interrupt": { type: "boolean" },
  heartbeat: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** Every flag of `jobkit`, as `--name`. */
export const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** The parsed `--options` of a command line. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

/** Splits a command line into its options and positionals; throws a {@link UsageError}. */
export function parseArguments(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError(optionError(error, FLAGS));
  }
}

/** OpenID Connect client credentials from flags or the Python client's environment variables, if any. */
function oidcClientFrom(values: Values, env: Record<string, string | undefined>): Auth | undefined {
  const clientId = values["oidc-client-id"] ?? env.OPENEO_AUTH_CLIENT_ID;
  const clientSecret = values["oidc-client-secret"] ?? env.OPENEO_AUTH_CLIENT_SECRET;
  const providerId = values["oidc-provider"] ?? env.OPENEO_AUTH_PROVIDER_ID;
  if (clientId === undefined && clientSecret === undefined) return undefined;
  if (!clientId || !clientSecret)
    throw new UsageError("--oidc-client-id and --oidc-client-secret go together");
  return providerId ? { clientId, clientSecret, providerId } : { clientId, clientSecret };
}

/** The credentials given by flags or the environment, if any (the device login passes its client on its own). */
export function authFrom(values: Values, env: Record<string, string | undefined>): Auth | undefined {
  const token = values.token ?? env.JOBKIT_TOKEN;
  const user = values.user ?? env.JOBKIT_USER;
  const password = values.password ?? env.JOBKIT_PASSWORD;
  const oidc = values["oidc-device"] ? undefined : oidcClientFrom(values, env);
  if ([token, user, oidc].filter(Boolean).length > 1) {
    throw new UsageError("pass one of --token, --user/--password or --oidc-client-id/--oidc-client-secret");
  }
  if (token) return { token };
  if (oidc) return oidc;
  if (user === undefined && password === undefined) return undefined;
  if (!user || password === undefined) throw new UsageError("--user and --password go together");
  return { user, password };
}

/** An integer option ≥ `min`, or undefined when absent. */
export function integer(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}`);
  return number;
}

/** The single positional argument a command takes. */
export function one(args: string[], what: string): string {
  const [value, ...extra] = args;
  if (value === undefined || extra.length > 0) throw new UsageError(`expected exactly one ${what}`);
  return value;
}

/**
 * The contract's log levels, most severe first; restated because the client uses `@jobkit/spec` for types only
 * (tested equal to the contract's `LOG_LEVELS`).
 */
export const LEVELS: readonly LogLevel[] = ["error", "warning", "info", "debug"];

/** A log-level option, or undefined when absent. */
export function logLevel(value: string | undefined, name: string): LogLevel | undefined {
  if (value !== undefined && !LEVELS.includes(value as LogLevel))
    throw new UsageError(`--${name} must be one of ${LEVELS.join(", ")}`);
  return value as LogLevel | undefined;
}
