import type { CommandContext } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { formatTable, printable } from "./format.js";
import { integer } from "./parse-arguments.js";

/**
 * Prints the items of a paginated listing as they arrive, at most `--limit` of them: table rows (columns as wide
 * as the header and first row), the first column alone with `--quiet`, or a JSON array with `--json`.
 */
export async function printListing<T>(
  items: AsyncIterable<T>,
  header: string[],
  row: (item: T) => string[],
  { values, io }: Pick<CommandContext, "values" | "io">,
): Promise<number> {
  const limit = integer(values.limit, "limit", 1) ?? Number.POSITIVE_INFINITY;
  const print = values.json
    ? jsonPrinter(io.stdout)
    : values.quiet
      ? idPrinter(io.stdout)
      : tablePrinter(io.stdout, header);
  let count = 0;
  for await (const item of items) {
    print.item(item, row);
    if (++count >= limit) break;
  }
  print.end();
  return EXIT.ok;
}

type Out = CommandContext["io"]["stdout"];

interface Printer {
  item<T>(item: T, row: (item: T) => string[]): void;
  end(): void;
}

function jsonPrinter(out: Out): Printer {
  let first = true;
  return {
    item: (item) => {
      out.write(`${first ? "[\n" : ",\n"}${JSON.stringify(item, null, 2).replace(/^/gm, "  ")}`);
      first = false;
    },
    end: () => out.write(first ? "[]\n" : "\n]\n"),
  };
}

function idPrinter(out: Out): Printer {
  return { item: (item, row) => out.write(`${printable(row(item)[0] ?? "")}\n`), end: () => undefined };
}

function tablePrinter(out: Out, header: string[]): Printer {
  let widths: number[] | undefined;
  return {
    item: (item, row) => {
      const cells = row(item);
      if (!widths) {
        widths = header.map((title, i) => Math.max(title.length, printable(cells[i] ?? "").length));
        out.write(`${formatTable([header.map((title, i) => title.padEnd(widths?.[i] ?? 0))])}\n`);
      }
      const padded = cells.map((cell, i) =>
        i === cells.length - 1 ? cell : printable(cell).padEnd(widths?.[i] ?? 0),
      );
      out.write(`${formatTable([padded])}\n`);
    },
    end: () => {
      if (!widths) out.write(`${formatTable([header])}\n`);
    },
  };
}
