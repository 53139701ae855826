import type { Command } from "../command.js";
import { integer } from "../parse-arguments.js";
import { printListing } from "../print-listing.js";
import { UsageError } from "../usage-error.js";

/** `collections [--limit N]`: the back-end's collections by id and title. */
export const collections: Command = async (args, context) => {
  if (args.length > 0) throw new UsageError("collections takes no arguments");
  const items = (await context.connection()).listCollections({
    limit: integer(context.values.limit, "limit", 1),
    signal: context.io.signal,
  });
  return printListing(items, ["ID", "TITLE"], (c) => [c.id, c.title ?? ""], context);
};
