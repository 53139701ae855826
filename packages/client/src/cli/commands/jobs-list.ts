import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatTable } from "../format.js";
import { integer } from "../parse-arguments.js";
import { UsageError } from "../usage-error.js";

/** `jobs list [--limit N]`: a table (or JSON) of the user's jobs. */
export const jobsList: Command = async (args, { connection, values, io }) => {
  if (args.length > 0) throw new UsageError("jobs list takes no arguments");
  const limit = integer(values.limit, "limit", 1);
  const rows = [["ID", "STATUS", "PROGRESS", "CREATED", "TITLE"]];
  const jobs = [];
  for await (const job of (await connection()).listJobs({ limit, signal: io.signal })) {
    jobs.push(job);
    rows.push([
      job.id,
      job.status,
      job.progress === undefined ? "" : `${job.progress}%`,
      job.created,
      job.title ?? "",
    ]);
  }
  io.stdout.write(values.json ? `${JSON.stringify(jobs, null, 2)}\n` : `${formatTable(rows)}\n`);
  return EXIT.ok;
};
