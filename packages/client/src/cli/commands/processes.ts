import type { Command } from "../command.js";
import { integer } from "../parse-arguments.js";
import { printListing } from "../print-listing.js";
import { UsageError } from "../usage-error.js";

/** `processes [--limit N]`: the back-end's predefined processes by id and summary. */
export const processes: Command = async (args, context) => {
  if (args.length > 0) throw new UsageError("processes takes no arguments");
  const items = (await context.connection()).listProcesses({
    limit: integer(context.values.limit, "limit", 1),
    signal: context.io.signal,
  });
  return printListing(items, ["ID", "SUMMARY"], (p) => [p.id, p.summary ?? ""], context);
};
