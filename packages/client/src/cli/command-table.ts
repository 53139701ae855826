import type { Command } from "./command.js";
import { collections } from "./commands/collections.js";
import { formats } from "./commands/formats.js";
import { jobsCancel } from "./commands/jobs-cancel.js";
import { jobsCreate } from "./commands/jobs-create.js";
import { jobsDelete } from "./commands/jobs-delete.js";
import { jobsDescribe } from "./commands/jobs-describe.js";
import { jobsDownload } from "./commands/jobs-download.js";
import { jobsEstimate } from "./commands/jobs-estimate.js";
import { jobsList } from "./commands/jobs-list.js";
import { jobsLogs } from "./commands/jobs-logs.js";
import { jobsResults } from "./commands/jobs-results.js";
import { jobsRun } from "./commands/jobs-run.js";
import { jobsStart } from "./commands/jobs-start.js";
import { jobsWait } from "./commands/jobs-wait.js";
import { login } from "./commands/login.js";
import { logout } from "./commands/logout.js";
import { processes } from "./commands/processes.js";
import { UsageError } from "./usage-error.js";

const WAIT = ["poll-interval", "timeout", "heartbeat", "cancel-on-interrupt", "quiet"] as const;
const JOB = ["title", "description", "plan", "budget", "log-level"] as const;
const LISTING = ["limit", "quiet"] as const;

/** A command and the flags it takes besides the connection's (`--url`, credentials, `--json`, `--help`). */
export interface CommandEntry {
  run: Command;
  flags: readonly string[];
}

/** Every command by its words on the command line (`"jobs list"`, or one word for a top-level command). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  "jobs list": { run: jobsList, flags: LISTING },
  "jobs describe": { run: jobsDescribe, flags: [] },
  "jobs create": { run: jobsCreate, flags: [...JOB, "quiet"] },
  "jobs start": { run: jobsStart, flags: ["wait", ...WAIT] },
  "jobs wait": { run: jobsWait, flags: WAIT },
  "jobs run": { run: jobsRun, flags: [...JOB, ...WAIT, "concurrency"] },
  "jobs estimate": { run: jobsEstimate, flags: [] },
  "jobs cancel": { run: jobsCancel, flags: [] },
  "jobs logs": { run: jobsLogs, flags: ["level"] },
  "jobs results": { run: jobsResults, flags: [] },
  "jobs download": { run: jobsDownload, flags: ["concurrency", "quiet"] },
  "jobs delete": { run: jobsDelete, flags: [] },
  collections: { run: collections, flags: LISTING },
  processes: { run: processes, flags: LISTING },
  formats: { run: formats, flags: [] },
  login: { run: login, flags: ["oidc-device", "status"] },
  logout: { run: logout, flags: [] },
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
