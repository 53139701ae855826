import type { Command } from "../command.js";
import { integer } from "../parse-arguments.js";
import { printListing } from "../print-listing.js";
import { UsageError } from "../usage-error.js";

/** `jobs list [--limit N]`: a table (or JSON) of the user's jobs. */
export const jobsList: Command = async (args, context) => {
  if (args.length > 0) throw new UsageError("jobs list takes no arguments");
  const jobs = (await context.connection()).listJobs({
    limit: integer(context.values.limit, "limit", 1),
    signal: context.io.signal,
  });
  return printListing(
    jobs,
    ["ID", "STATUS", "PROGRESS", "CREATED", "TITLE"],
    (job) => [
      job.id,
      job.status,
      job.progress === undefined ? "" : `${job.progress}%`,
      job.created,
      job.title ?? "",
    ],
    context,
  );
};
