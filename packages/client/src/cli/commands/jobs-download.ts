import type { Command } from "../command.js";
import { downloadFolder } from "../download-folder.js";
import { downloadWithBar } from "../download-with-bar.js";
import { UsageError } from "../usage-error.js";

/** `jobs download <id> [dir]`: downloads every result file with a bar of the bytes. */
export const jobsDownload: Command = async (args, context) => {
  const [id, dir = ".", ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError("expected a job id and optionally a folder");
  downloadFolder(dir);
  return downloadWithBar((await context.connection()).job(id).getResults(), dir, context);
};
