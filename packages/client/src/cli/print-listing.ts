import type { CommandContext } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { formatTable } from "./format.js";

/** Prints every item of a paginated listing as a table row, or all of them as JSON with `--json`. */
export async function printListing<T>(
  items: AsyncIterable<T>,
  header: string[],
  row: (item: T) => string[],
  { values, io }: Pick<CommandContext, "values" | "io">,
): Promise<number> {
  const rows = [header];
  const all: T[] = [];
  for await (const item of items) {
    all.push(item);
    rows.push(row(item));
  }
  io.stdout.write(values.json ? `${JSON.stringify(all, null, 2)}\n` : `${formatTable(rows)}\n`);
  return EXIT.ok;
}
