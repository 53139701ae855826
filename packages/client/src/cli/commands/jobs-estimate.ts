import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatBytes, formatFields } from "../format.js";
import { one } from "../parse-arguments.js";

/** `jobs estimate <id>`: the back-end's estimate of costs, duration and size. */
export const jobsEstimate: Command = async (args, { connection, values, io }) => {
  const estimate = await (await connection()).job(one(args, "job id")).estimate({ signal: io.signal });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(estimate, null, 2)}\n`);
    return EXIT.ok;
  }
  const fields: [string, unknown][] = [
    ["costs", estimate.costs],
    ["duration", estimate.duration],
    ["size", estimate.size === undefined ? undefined : formatBytes(estimate.size)],
    ["downloads included", estimate.downloads_included],
    ["expires", estimate.expires],
  ];
  io.stdout.write(`${formatFields(fields)}\n`);
  return EXIT.ok;
};
