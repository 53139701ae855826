import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { one } from "../parse-arguments.js";

/** `jobs cancel <id>`: stops a queued or running job; its results so far are discarded by most back-ends. */
export const jobsCancel: Command = async (args, { connection, io }) => {
  const id = one(args, "job id");
  await (await connection()).job(id).cancel({ signal: io.signal });
  io.stderr.write(`canceled job ${id}\n`);
  return EXIT.ok;
};
