import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { printable } from "../format.js";
import { logLevel, one } from "../parse-arguments.js";

/** `jobs logs <id> [--level L]`: prints the job's log entries. */
export const jobsLogs: Command = async (args, { connection, values, io }) => {
  const id = one(args, "job id");
  const level = logLevel(values.level, "level");
  const entries = [];
  for await (const entry of (await connection()).job(id).logs({ level, signal: io.signal })) {
    if (values.json) entries.push(entry);
    else
      io.stdout.write(
        `${printable(`${entry.time ?? "-"} ${entry.level.padEnd(7)} ${entry.code ? `${entry.code}: ` : ""}${entry.message}`)}\n`,
      );
  }
  if (values.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  return EXIT.ok;
};
