import type { Command } from "../command.js";
import { downloadFolder } from "../download-folder.js";
import { downloadWithBar } from "../download-with-bar.js";
import { printable } from "../format.js";
import { readJobRequest } from "../process-file.js";
import { UsageError } from "../usage-error.js";
import { waitForJob } from "./jobs-wait.js";

/** `jobs run <process.json> [dir]`: create, start, wait and download in one go (Python's `execute_batch`). */
export const jobsRun: Command = async (args, context) => {
  const [file, dir = ".", ...extra] = args;
  if (file === undefined || extra.length > 0)
    throw new UsageError("expected a process file and optionally a folder");
  downloadFolder(dir);
  const { process, options } = await readJobRequest(file, context.values);
  const connection = await context.connection();
  const job = await connection.createJob(process, { ...options, signal: context.io.signal });
  await job.start({ signal: context.io.signal });
  context.io.stderr.write(`created and started job ${printable(job.id)}\n`);
  await waitForJob(job.id, context);
  return downloadWithBar(job.getResults(), dir, context);
};
