import type { CommandContext } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { printable } from "./format.js";
import { integer } from "./parse-arguments.js";

/**
 * Prints the items of a paginated listing page by page as they arrive, at most `--limit` of them: table rows, the
 * first column alone with `--quiet`, or a JSON array with `--json`.
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

/**
 * Table rows a page at a time: the rows that arrive together (one page: no I/O between them) are printed at once,
 * each column as wide as the widest cell so far.
 */
function tablePrinter(out: Out, header: string[]): Printer {
  let widths = header.map((title) => title.length);
  let pending: string[][] = [header];
  let timer: NodeJS.Immediate | undefined;
  const flush = () => {
    timer = undefined;
    const rows = pending.map((cells) => cells.map(printable));
    for (const row of rows) widths = widths.map((width, i) => Math.max(width, row[i]?.length ?? 0));
    for (const row of rows)
      out.write(
        `${row
          .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
          .join("  ")
          .trimEnd()}\n`,
      );
    pending = [];
  };
  return {
    item: (item, row) => {
      pending.push(row(item));
      timer ??= setImmediate(flush);
    },
    end: () => {
      if (timer) clearImmediate(timer);
      flush();
    },
  };
}
