import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { one } from "../parse-arguments.js";
import { waitForJob } from "./jobs-wait.js";

/** `jobs start <id> [--wait]`: queues a job, and waits for it with `--wait`. */
export const jobsStart: Command = async (args, context) => {
  const id = one(args, "job id");
  await (await context.connection()).job(id).start({ signal: context.io.signal });
  context.io.stderr.write(`started job ${id}\n`);
  return context.values.wait ? waitForJob(id, context) : EXIT.ok;
};
