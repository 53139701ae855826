import { parseArgs } from "node:util";
import type { Auth } from "../connect.js";
import type { LogLevel } from "../types.js";
import { UsageError } from "./usage-error.js";

const OPTIONS = {
  url: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  token: { type: "string" },
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
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The parsed `--options` of a command line. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

/** Splits a command line into its options and positionals; throws a {@link UsageError}. */
export function parseArguments(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The credentials given by flags or the environment, if any. */
export function authFrom(values: Values, env: Record<string, string | undefined>): Auth | undefined {
  const token = values.token ?? env.JOBKIT_TOKEN;
  const user = values.user ?? env.JOBKIT_USER;
  const password = values.password ?? env.JOBKIT_PASSWORD;
  if (token && user) throw new UsageError("pass either --token or --user/--password, not both");
  if (token) return { token };
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

const LEVELS = new Set(["error", "warning", "info", "debug"]);

/** A log-level option, or undefined when absent. */
export function logLevel(value: string | undefined, name: string): LogLevel | undefined {
  if (value !== undefined && !LEVELS.has(value))
    throw new UsageError(`--${name} must be error, warning, info or debug`);
  return value as LogLevel | undefined;
}
