import type { Command } from "./command.js";
import { jobsCreate } from "./commands/jobs-create.js";
import { jobsDelete } from "./commands/jobs-delete.js";
import { jobsDownload } from "./commands/jobs-download.js";
import { jobsList } from "./commands/jobs-list.js";
import { jobsLogs } from "./commands/jobs-logs.js";
import { jobsResults } from "./commands/jobs-results.js";
import { jobsStart } from "./commands/jobs-start.js";
import { jobsWait } from "./commands/jobs-wait.js";

/** Every command by its words on the command line (`"jobs list"`, or one word for a top-level command). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  "jobs list": jobsList,
  "jobs create": jobsCreate,
  "jobs start": jobsStart,
  "jobs wait": jobsWait,
  "jobs logs": jobsLogs,
  "jobs results": jobsResults,
  "jobs download": jobsDownload,
  "jobs delete": jobsDelete,
};

/** The command named by the first one or two positionals, and the arguments after its name. */
export function findCommand(positionals: string[]): { command: Command; args: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = positionals.slice(0, words).join(" ");
    if (positionals.length >= words && Object.hasOwn(COMMANDS, name))
      return { command: COMMANDS[name] as Command, args: positionals.slice(words) };
  }
  return undefined;
}
