import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatTable } from "../format.js";
import { UsageError } from "../usage-error.js";

/** `formats`: the back-end's input and output file formats. */
export const formats: Command = async (args, { connection, values, io }) => {
  if (args.length > 0) throw new UsageError("formats takes no arguments");
  const fileFormats = await (await connection()).listFileFormats({ signal: io.signal });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(fileFormats, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = [["KIND", "NAME", "DATA TYPES", "TITLE"]];
  for (const kind of ["input", "output"] as const) {
    for (const [name, format] of Object.entries(fileFormats?.[kind] ?? {}))
      rows.push([kind, name, (format.gis_data_types ?? []).join(","), format.title ?? ""]);
  }
  io.stdout.write(`${formatTable(rows)}\n`);
  return EXIT.ok;
};
