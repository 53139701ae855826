import { connect } from "../connect.js";
import type { Connection } from "../connection.js";
import type { CliIo, CommandContext } from "./command.js";
import { COMMANDS, findCommand } from "./command-table.js";
import { didYouMean } from "./did-you-mean.js";
import { EXIT } from "./exit-codes.js";
import { authFrom, parseArguments, type Values } from "./parse-arguments.js";
import { reportError } from "./report-error.js";
import { USAGE } from "./usage.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

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
      io.stdout.write(`jobkit ${packageVersion()}\n`);
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
<<<<<<< HEAD

async function remove(args: string[], { connection, io }: Context): Promise<number> {
  const id = one(args, "job id");
  await connection.job(id).delete({ signal: io.signal });
  io.stderr.write(`deleted job ${id}\n`);
  return EXIT.ok;
}

async function start(args: string[], context: Context): Promise<number> {
  const id = one(args, "job id");
  await context.connection.job(id).start({ signal: context.io.signal });
  context.io.stderr.write(`started job ${id}\n`);
  return context.values.wait ? wait(id, context) : EXIT.ok;
}

async function wait(id: string, { connection, values, io }: Context): Promise<number> {
  const bar = new ProgressBar(io.stderr, io.now);
  let final: JobDescription;
  let elapsed = 0;
  let firstPoll = true;
  try {
    final = await connection.job(id).waitForCompletion({
      pollInterval: integer(values["poll-interval"], "poll-interval", 1) ?? 2000,
      maxPollInterval: 10_000,
      timeout: integer(values.timeout, "timeout", 1),
      signal: io.signal,
      onProgress: ({ status, progress, elapsedMs }) => {
        if (firstPoll && status === "created") {
          io.stderr.write(`job ${id} has not been started; waiting until it is (jobkit jobs start ${id})\n`);
        }
        firstPoll = false;
        elapsed = elapsedMs;
        const fraction = status === "finished" ? 1 : progress === undefined ? undefined : progress / 100;
        bar.update(fraction, `${status}  ${formatDuration(elapsedMs)}`, {
          stage: status,
          force: status === "finished",
        });
      },
    });
  } finally {
    bar.done();
  }
  const costs = final.costs === undefined || final.costs === null ? "" : `, costs ${final.costs}`;
  io.stderr.write(`job ${id} finished after ${formatDuration(elapsed)} of waiting${costs}\n`);
  if (values.json) io.stdout.write(`${JSON.stringify(final, null, 2)}\n`);
  return EXIT.ok;
}

async function logs(args: string[], { connection, values, io }: Context): Promise<number> {
  const id = one(args, "job id");
  const entries = [];
  for await (const entry of connection
    .job(id)
    .logs({ level: logLevel(values.level, "level"), signal: io.signal })) {
    if (values.json) entries.push(entry);
    else
      io.stdout.write(
        `${printable(`${entry.time ?? "-"} ${entry.level.padEnd(7)} ${entry.code ? `${entry.code}: ` : ""}${entry.message}`)}\n`,
      );
  }
  if (values.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  return EXIT.ok;
}

async function results(args: string[], { connection, values, io }: Context): Promise<number> {
  const metadata = await connection.job(one(args, "job id")).getResults().getMetadata({ signal: io.signal });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = [["NAME", "TYPE", "SIZE", "ROLES"]];
  for (const [name, asset] of Object.entries(metadata.assets ?? {})) {
    const size = asset["file:size"];
    rows.push([
      name,
      asset.type ?? "?",
      typeof size === "number" ? formatBytes(size) : "?",
      (asset.roles ?? []).join(","),
    ]);
  }
  io.stdout.write(`${formatTable(rows)}\n`);
  return EXIT.ok;
}

async function download(args: string[], { connection, values, io }: Context): Promise<number> {
  const [id, dir = ".", ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError("expected a job id and optionally a folder");
  const now = io.now ?? Date.now;
  const started = now();
  const bar = new ProgressBar(io.stderr, io.now);
  let total = 0;
  let paths: string[];
  try {
    paths = await downloadFiles(connection.job(id).getResults(), dir, {
      concurrency: integer(values.concurrency, "concurrency", 1) ?? 4,
      signal: io.signal,
      onProgress: (p) => {
        total = p.totalBytes;
        const seconds = Math.max(0.001, (now() - started) / 1000);
        const label = `${formatBytes(p.receivedBytes)}/${formatBytes(p.totalBytes)}  ${p.completedFiles}/${p.totalFiles} files  ${formatBytes(p.receivedBytes / seconds)}/s`;
        bar.update(p.totalBytes > 0 ? p.receivedBytes / p.totalBytes : undefined, label, {
          stage: `${p.completedFiles}/${p.totalFiles}`,
          force: p.completedFiles === p.totalFiles,
        });
      },
    });
  } finally {
    bar.done();
  }
  const elapsed = now() - started;
  for (const path of paths) io.stdout.write(`${path}\n`);
  io.stderr.write(
    `downloaded ${paths.length} file${paths.length === 1 ? "" : "s"} (${formatBytes(total)}) to ${dir} in ${formatDuration(elapsed)}\n`,
  );
  return EXIT.ok;
}

/** `jobs <command>` → its handler. */
const COMMANDS = {
  list,
  create,
  start,
  wait: (args: string[], context: Context) => wait(one(args, "job id"), context),
  logs,
  results,
  download,
  delete: remove,
} satisfies Record<string, (args: string[], context: Context) => Promise<number>>;
=======
>>>>>>> issue-12
