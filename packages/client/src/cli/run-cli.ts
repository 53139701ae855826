import type { Connection } from "../connection.js";
import { PACKAGE_VERSION } from "../generated/package-version.js";
import type { CliIo, CommandContext } from "./command.js";
import { COMMANDS, findCommand, refuseOtherFlags } from "./command-table.js";
import { didYouMean } from "./did-you-mean.js";
import { EXIT } from "./exit-codes.js";
import { httpUrl } from "./http-url.js";
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
    if (values.version) {
      io.stdout.write(`jobkit ${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    const found = findCommand(positionals);
    if (!found) throw unknownCommand(positionals);
    refuseOtherFlags(found.name, found.entry, Object.keys(values));
    if (values.json && values.quiet) throw new UsageError("--json and --quiet exclude each other");
    const run = await found.entry.load();
    return await run(found.args, contextFor(values, io));
  } catch (error) {
    return reportError(error, io);
  }
}

function unknownCommand(positionals: string[]): UsageError {
  if (positionals.length === 0) return new UsageError("expected a command, such as `jobs list`");
  if (positionals.length === 1 && positionals[0] === "jobs")
    return new UsageError("expected a jobs command, such as `jobs list`");
  const given = positionals.slice(0, positionals[0] === "jobs" ? 2 : 1).join(" ");
  const guess = didYouMean(given, Object.keys(COMMANDS));
  return new UsageError(`unknown command "${given}"${guess ? `; did you mean "${guess}"?` : ""}`);
}

function contextFor(values: Values, io: CliIo): CommandContext {
  let connection: Promise<Connection> | undefined;
  return {
    values,
    io: values.quiet ? { ...io, stderr: { write: () => true } } : io,
    connection: (options = {}) => {
      connection ??= connectTo(values, io, options.anonymous ?? false);
      return connection;
    },
  };
}

async function connectTo(values: Values, io: CliIo, anonymous: boolean): Promise<Connection> {
  const given = values.url ?? io.env.JOBKIT_URL;
  if (!given) throw new UsageError("--url (or JOBKIT_URL) is required");
  const url = httpUrl(given, values.url === undefined ? "url (from JOBKIT_URL)" : "url");
  const auth = anonymous ? undefined : authFrom(values, io.env);
  // Loaded here, not at start, as the commands are: `--help` and usage errors never pay for the client.
  const { connect } = await import("../connect.js");
  const connection = await connect(url, {
    ...(auth && { auth }),
    ...(io.fetch && { fetch: io.fetch }),
    ...(io.signal && { signal: io.signal }),
  });
  if (!anonymous && !auth) await useStoredLogin(connection, io);
  return connection;
}

/** Signs in with the refresh token `jobkit login --oidc-device` stored for this back-end, if there is one. */
async function useStoredLogin(connection: Connection, io: CliIo): Promise<void> {
  const { loadLogin, saveLogin } = await import("./token-store.js");
  const stored = await loadLogin(io.env, connection.url);
  if (!stored) return;
  const renewed = await connection.authenticateOidcRefreshToken({
    refreshToken: stored.refreshToken,
    providerId: stored.providerId,
    ...(stored.clientId && { clientId: stored.clientId }),
    ...(io.signal && { signal: io.signal }),
  });
  if (renewed.refreshToken && renewed.refreshToken !== stored.refreshToken) {
    await saveLogin(io.env, connection.url, { ...stored, refreshToken: renewed.refreshToken });
  }
}
