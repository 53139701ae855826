import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type Auth, connect } from "../connect.js";
import type { Connection, ProcessInput } from "../connection.js";
import { JobFailedError, JobkitClientError } from "../errors.js";
import type { FetchLike } from "../internal/http.js";
import { downloadFiles } from "../node.js";
import type { JobDescription, LogLevel } from "../types.js";
import { formatBytes, formatDuration, formatTable, printable } from "./format.js";
import { type BarStream, ProgressBar } from "./progress-bar.js";

/** The CLI's exit codes. */
export const EXIT = {
  ok: 0,
  /** A request, download or check failed. */
  failure: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The job ended in `error` or was canceled. */
  jobFailed: 3,
  /** Interrupted (SIGINT/SIGTERM). */
  interrupted: 130,
} as const;

const USAGE = `Usage: jobkit --url URL [--user NAME --password PASS | --token TOKEN] jobs <command>

Commands:
  jobs list [--limit N]                     list your jobs
  jobs create <process.json> [--title T] [--description D] [--plan P] [--budget N] [--log-level L]
                                            create a job from a process (graph) file; prints its id
  jobs start <id> [--wait]                  queue a job (and wait for it)
  jobs wait <id>                            wait with a progress bar until the job ends
  jobs logs <id> [--level L]                print the job's log entries
  jobs results <id>                         describe the job's result files
  jobs download <id> [dir] [--concurrency N]   download every result file into dir (default .)
  jobs delete <id>                          delete a job and its results

Options:
  --url URL            the back-end (or env JOBKIT_URL)
  --user, --password   openEO Basic credentials (or env JOBKIT_USER, JOBKIT_PASSWORD)
  --token TOKEN        a bearer token such as basic//TOKEN (or env JOBKIT_TOKEN)
  --poll-interval MS   first delay between status polls (default 2000)
  --timeout MS         give up waiting after MS
  --json               print JSON instead of tables
  -h, --help           show this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 job ended in error or was canceled, 130 interrupted.`;

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: BarStream;
  env: Record<string, string | undefined>;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: FetchLike;
  signal?: AbortSignal;
  now?: () => number;
}

class UsageError extends Error {}

const OPTIONS = {
  url: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  token: { type: "string" },
  limit: { type: "string" },
  title: { type: "string" },
  description: { type: "string" },
  plan: { type: "string" },
  budget: { type: "string" },
  "log-level": { type: "string" },
  level: { type: "string" },
  concurrency: { type: "string" },
  "poll-interval": { type: "string" },
  timeout: { type: "string" },
  wait: { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

/** Runs `jobkit` with these arguments and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true }));
  } catch (error) {
    io.stderr.write(`jobkit: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    const [group, command, ...rest] = positionals;
    if (group !== "jobs" || command === undefined) throw new UsageError("expected `jobs <command>`");
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as keyof typeof COMMANDS] : undefined;
    if (!run) throw new UsageError(`unknown command "jobs ${command}"`);
    const url = values.url ?? io.env.JOBKIT_URL;
    if (!url) throw new UsageError("--url (or JOBKIT_URL) is required");
    if (!URL.canParse(url)) throw new UsageError(`--url must be an absolute URL, got "${url}"`);
    const connection = await connect(url, {
      auth: authFrom(values, io.env),
      ...(io.fetch && { fetch: io.fetch }),
      ...(io.signal && { signal: io.signal }),
    });
    return await run(rest, { connection, values, io });
  } catch (error) {
    return report(error, io);
  }
}

function authFrom(values: Values, env: CliIo["env"]): Auth | undefined {
  const token = values.token ?? env.JOBKIT_TOKEN;
  const user = values.user ?? env.JOBKIT_USER;
  const password = values.password ?? env.JOBKIT_PASSWORD;
  if (token && user) throw new UsageError("pass either --token or --user/--password, not both");
  if (token) return { token };
  if (user === undefined && password === undefined) return undefined;
  if (!user || password === undefined) throw new UsageError("--user and --password go together");
  return { user, password };
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`jobkit: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (io.signal?.aborted) {
    io.stderr.write("jobkit: interrupted\n");
    return EXIT.interrupted;
  }
  if (error instanceof JobFailedError) {
    io.stderr.write(`jobkit: job ${error.jobId} failed\n`);
    for (const entry of error.logs)
      io.stderr.write(`  ${printable(`${entry.code ?? "error"}: ${entry.message}`)}\n`);
    return EXIT.jobFailed;
  }
  const message = error instanceof Error ? error.message.replace("[jobkit] ", "") : String(error);
  io.stderr.write(`jobkit: ${printable(message)}\n`);
  return error instanceof JobkitClientError && error.code === "JobCanceled" ? EXIT.jobFailed : EXIT.failure;
}

interface Context {
  connection: Connection;
  values: Values;
  io: CliIo;
}

function integer(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}`);
  return number;
}

function one(args: string[], what: string): string {
  const [value, ...extra] = args;
  if (value === undefined || extra.length > 0) throw new UsageError(`expected exactly one ${what}`);
  return value;
}

const LEVELS = new Set(["error", "warning", "info", "debug"]);

function logLevel(value: string | undefined, name: string): LogLevel | undefined {
  if (value !== undefined && !LEVELS.has(value))
    throw new UsageError(`--${name} must be error, warning, info or debug`);
  return value as LogLevel | undefined;
}

async function list(args: string[], { connection, values, io }: Context): Promise<number> {
  if (args.length > 0) throw new UsageError("jobs list takes no arguments");
  const rows = [["ID", "STATUS", "PROGRESS", "CREATED", "TITLE"]];
  const jobs = [];
  for await (const job of connection.listJobs({
    limit: integer(values.limit, "limit", 1),
    signal: io.signal,
  })) {
    jobs.push(job);
    rows.push([
      job.id,
      job.status,
      job.progress === undefined ? "" : `${job.progress}%`,
      job.created,
      job.title ?? "",
    ]);
  }
  io.stdout.write(values.json ? `${JSON.stringify(jobs, null, 2)}\n` : `${formatTable(rows)}\n`);
  return EXIT.ok;
}

async function create(args: string[], { connection, values, io }: Context): Promise<number> {
  const file = one(args, "process file");
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object") throw new UsageError(`${file} holds no process graph`);
  const body = parsed as { process?: unknown };
  const process = (body.process && typeof body.process === "object" ? body.process : parsed) as ProcessInput;
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(budget >= 0)) throw new UsageError("--budget must be a number ≥ 0");
  const job = await connection.createJob(process, {
    ...(values.title !== undefined && { title: values.title }),
    ...(values.description !== undefined && { description: values.description }),
    ...(values.plan !== undefined && { plan: values.plan }),
    ...(budget !== undefined && { budget }),
    ...(values["log-level"] !== undefined && { logLevel: logLevel(values["log-level"], "log-level") }),
    signal: io.signal,
  });
  io.stdout.write(`${printable(job.id)}\n`);
  return EXIT.ok;
}

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
