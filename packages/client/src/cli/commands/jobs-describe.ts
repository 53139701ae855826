import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatFields } from "../format.js";
import { one } from "../parse-arguments.js";

/** `jobs describe <id>`: status, progress, timestamps, plan, costs and budget of a job. */
export const jobsDescribe: Command = async (args, { connection, values, io }) => {
  const job = await (await connection()).job(one(args, "job id")).describe({ signal: io.signal });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
    return EXIT.ok;
  }
  const fields: [string, unknown][] = [
    ["id", job.id],
    ["title", job.title],
    ["status", job.status],
    ["progress", job.progress === undefined ? undefined : `${job.progress}%`],
    ["created", job.created],
    ["updated", job.updated],
    ["plan", job.plan],
    ["costs", job.costs],
    ["budget", job.budget],
  ];
  io.stdout.write(`${formatFields(fields)}\n`);
  return EXIT.ok;
};
