import { connect } from "../connect.js";
import type { Connection } from "../connection.js";
import type { CliIo, CommandContext } from "./command.js";
import { findCommand } from "./command-table.js";
import { EXIT } from "./exit-codes.js";
import { authFrom, parseArguments, type Values } from "./parse-arguments.js";
import { reportError } from "./report-error.js";
import { USAGE } from "./usage.js";
import { UsageError } from "./usage-error.js";

export type { CliIo } from "./command.js";
export { EXIT } from "./exit-codes.js";

/** Runs `jobkit` with these arguments and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArguments(argv);
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const found = findCommand(positionals);
    if (!found) throw unknownCommand(positionals);
    return await found.command(found.args, contextFor(values, io));
  } catch (error) {
    return reportError(error, io);
  }
}

function unknownCommand(positionals: string[]): UsageError {
  const [group, command] = positionals;
  if (group !== "jobs" || command === undefined) return new UsageError("expected `jobs <command>`");
  return new UsageError(`unknown command "jobs ${command}"`);
}

function contextFor(values: Values, io: CliIo): CommandContext {
  let connection: Promise<Connection> | undefined;
  return {
    values,
    io,
    connection: () => {
      connection ??= connectTo(values, io);
      return connection;
    },
  };
}

async function connectTo(values: Values, io: CliIo): Promise<Connection> {
  const url = values.url ?? io.env.JOBKIT_URL;
  if (!url) throw new UsageError("--url (or JOBKIT_URL) is required");
  if (!URL.canParse(url)) throw new UsageError(`--url must be an absolute URL, got "${url}"`);
  return connect(url, {
    auth: authFrom(values, io.env),
    ...(io.fetch && { fetch: io.fetch }),
    ...(io.signal && { signal: io.signal }),
  });
}
