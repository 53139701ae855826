import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatBytes, formatTable } from "../format.js";
import { one } from "../parse-arguments.js";

/** `jobs results <id>`: a table (or JSON) of the job's result files. */
export const jobsResults: Command = async (args, { connection, values, io }) => {
  const id = one(args, "job id");
  const metadata = await (await connection()).job(id).getResults().getMetadata({ signal: io.signal });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = [["NAME", "TYPE", "SIZE", "ROLES"]];
  for (const [name, asset] of Object.entries(metadata.assets ?? {})) {
    const size = asset["file:size"];
    rows.push([
      name,
      asset.type,
      size === undefined ? "?" : formatBytes(size),
      (asset.roles ?? []).join(","),
    ]);
  }
  io.stdout.write(`${formatTable(rows)}\n`);
  return EXIT.ok;
};
