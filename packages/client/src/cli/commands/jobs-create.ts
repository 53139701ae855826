import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { printable } from "../format.js";
import { one } from "../parse-arguments.js";
import { readJobRequest } from "../process-file.js";

/** `jobs create <process.json>`: creates a job and prints its id (`--json`: `{"id": …}`). */
export const jobsCreate: Command = async (args, { connection, values, io }) => {
  const { process, options } = await readJobRequest(one(args, "process file"), values);
  const job = await (await connection()).createJob(process, { ...options, signal: io.signal });
  io.stdout.write(values.json ? `${JSON.stringify({ id: job.id })}\n` : `${printable(job.id)}\n`);
  return EXIT.ok;
};
