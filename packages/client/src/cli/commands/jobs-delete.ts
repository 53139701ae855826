import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { one } from "../parse-arguments.js";

/** `jobs delete <id>`: deletes a job and its results. */
export const jobsDelete: Command = async (args, { connection, io }) => {
  const id = one(args, "job id");
  await (await connection()).job(id).delete({ signal: io.signal });
  io.stderr.write(`deleted job ${id}\n`);
  return EXIT.ok;
};
