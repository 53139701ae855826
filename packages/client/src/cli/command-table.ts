import type { Command } from "./command.js";
import { UsageError } from "./usage-error.js";

const WAIT = ["poll-interval", "timeout", "heartbeat", "cancel-on-interrupt", "quiet"] as const;
const JOB = ["title", "description", "plan", "budget", "log-level"] as const;
const LISTING = ["limit", "quiet"] as const;

/**
 * A command and the flags it takes besides the connection's (`--url`, credentials, `--json`, `--help`). Its code
 * is loaded when it runs, so `--help`, `--version` and usage errors never load a command's.
 */
export interface CommandEntry {
  load: () => Promise<Command>;
  flags: readonly string[];
}

/** Every command by its words on the command line (`"jobs list"`, or one word for a top-level command). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  "jobs list": { load: () => import("./commands/jobs-list.js").then((m) => m.jobsList), flags: LISTING },
  "jobs describe": {
    load: () => import("./commands/jobs-describe.js").then((m) => m.jobsDescribe),
    flags: [],
  },
  "jobs create": {
    load: () => import("./commands/jobs-create.js").then((m) => m.jobsCreate),
    flags: [...JOB, "quiet"],
  },
  "jobs start": {
    load: () => import("./commands/jobs-start.js").then((m) => m.jobsStart),
    flags: ["wait", ...WAIT],
  },
  "jobs wait": { load: () => import("./commands/jobs-wait.js").then((m) => m.jobsWait), flags: WAIT },
  "jobs run": {
    load: () => import("./commands/jobs-run.js").then((m) => m.jobsRun),
    flags: [...JOB, ...WAIT, "concurrency"],
  },
  "jobs estimate": {
    load: () => import("./commands/jobs-estimate.js").then((m) => m.jobsEstimate),
    flags: [],
  },
  "jobs cancel": { load: () => import("./commands/jobs-cancel.js").then((m) => m.jobsCancel), flags: [] },
  "jobs logs": { load: () => import("./commands/jobs-logs.js").then((m) => m.jobsLogs), flags: ["level"] },
  "jobs results": { load: () => import("./commands/jobs-results.js").then((m) => m.jobsResults), flags: [] },
  "jobs download": {
    load: () => import("./commands/jobs-download.js").then((m) => m.jobsDownload),
    flags: ["concurrency", "quiet"],
  },
  "jobs delete": { load: () => import("./commands/jobs-delete.js").then((m) => m.jobsDelete), flags: [] },
  collections: { load: () => import("./commands/collections.js").then((m) => m.collections), flags: LISTING },
  processes: { load: () => import("./commands/processes.js").then((m) => m.processes), flags: LISTING },
  formats: { load: () => import("./commands/formats.js").then((m) => m.formats), flags: [] },
  login: { load: () => import("./commands/login.js").then((m) => m.login), flags: ["oidc-device", "status"] },
  logout: { load: () => import("./commands/logout.js").then((m) => m.logout), flags: [] },
};

/** The flags every command takes. */
const COMMON = new Set([
  "url",
  "user",
  "password",
  "token",
  "oidc-client-id",
  "oidc-client-secret",
  "oidc-provider",
  "json",
  "help",
  "version",
]);

/** The command named by the first one or two positionals, its name, and the arguments after its name. */
export function findCommand(
  positionals: string[],
): { name: string; entry: CommandEntry; args: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = positionals.slice(0, words).join(" ");
    if (positionals.length >= words && Object.hasOwn(COMMANDS, name))
      return { name, entry: COMMANDS[name] as CommandEntry, args: positionals.slice(words) };
  }
  return undefined;
}

/** Throws a {@link UsageError} for a flag given to a command that does not take it (`jobs list --wait`). */
export function refuseOtherFlags(name: string, entry: CommandEntry, given: readonly string[]): void {
  const other = given.find((flag) => !COMMON.has(flag) && !entry.flags.includes(flag));
  if (other !== undefined) throw new UsageError(`--${other} does not apply to "${name}"`);
}
