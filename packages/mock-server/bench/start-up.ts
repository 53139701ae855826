/**
 * Start-up time, as ratios to baselines measured in the same run, A and B in turn and the ratio taken pair by
 * pair (a drift of the machine's speed hits both):
 * - the mock ready: spawned, its first stdout line (the banner's, or the `--ready-json` line) read and a `GET /`
 *   answered; against a bare Hono hello-world (`bench/fixtures/hello-hono.js`) started and asked the same way;
 * - `--help` and `--version` of the three CLIs, spawned until they exit; against `node -e ''`.
 * Every command runs `node <bin>` directly (no shell, no tsx). Run after `npm run build`:
 * `npx tsx bench/start-up.ts` (BENCH_RUNS pairs per row, default 15).
 */
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BUDGET_MS = 15_000;
const packages = fileURLToPath(new URL("../../", import.meta.url));
const node = process.execPath;
const bins = {
  jobkit: `${packages}client/bin/jobkit.js`,
  "jobkit-mock": `${packages}mock-server/bin/jobkit-mock.js`,
  "jobkit-conformance": `${packages}conformance/bin/jobkit-conformance.js`,
};
const hello = fileURLToPath(new URL("./fixtures/hello-hono.js", import.meta.url));

/** Milliseconds from spawning `args` to its exit; rejects on a non-zero exit (an unknown flag, say). */
function timeExit(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(node, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    const timer = setTimeout(() => child.kill("SIGKILL"), BUDGET_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`node ${args.join(" ")} exited with ${code}`));
    });
  });
}

/** The URL on a ready line: the `url` of a JSON line, else the first http:// URL of a banner line. */
function urlOf(line: string): string | undefined {
  if (line.startsWith("{")) return (JSON.parse(line) as { url?: string }).url;
  return /http:\/\/\S+/.exec(line)?.[0];
}

/** Milliseconds from spawning a server to its first stdout line read and its answer to `GET /` received. */
async function timeReady(args: string[]): Promise<number> {
  const start = performance.now();
  const child = spawn(node, args, { stdio: ["ignore", "pipe", "pipe"] });
  child.stderr.resume();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buffer = "";
      const timer = setTimeout(() => reject(new Error(`no ready line from ${args.join(" ")}`)), BUDGET_MS);
      child.stdout.on("data", (chunk) => {
        buffer += chunk;
        const newline = buffer.indexOf("\n");
        if (newline < 0) return;
        clearTimeout(timer);
        const found = urlOf(buffer.slice(0, newline));
        if (found) resolve(found);
        else reject(new Error(`no URL on the first line of ${args.join(" ")}: ${buffer.slice(0, newline)}`));
      });
      child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code} before ready`)));
    });
    const response = await fetch(`${url.replace(/\/$/, "")}/`, { signal: AbortSignal.timeout(BUDGET_MS) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET / answered ${response.status}`);
    return performance.now() - start;
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

interface Row {
  name: string;
  baseline: string;
  a: number[];
  b: number[];
  ratios: number[];
}

/** Runs A and B in turn RUNS times (after one warm-up pair); `undefined` when A cannot run (e.g. no such flag). */
async function pairs(
  name: string,
  baseline: string,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<Row | undefined> {
  try {
    await a();
  } catch (error) {
    console.error(`skipped ${name}: ${(error as Error).message}`);
    return undefined;
  }
  await b();
  const row: Row = { name, baseline, a: [], b: [], ratios: [] };
  for (let i = 0; i < RUNS; i++) {
    const timeA = await a();
    const timeB = await b();
    row.a.push(timeA);
    row.b.push(timeB);
    row.ratios.push(timeA / timeB);
  }
  return row;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const ms = (values: number[]) => `${Math.min(...values).toFixed(0)} / ${median(values).toFixed(0)}`;
const times = (values: number[]) => `${Math.min(...values).toFixed(2)}× / **${median(values).toFixed(2)}×**`;

async function main(): Promise<void> {
  const load = loadavg()[0]?.toFixed(2);
  const bare = () => timeExit(["-e", ""]);
  const helloServer = () => timeReady([hello]);
  const rows: (Row | undefined)[] = [
    await pairs(
      "`jobkit-mock --port 0` ready",
      "Hono hello-world",
      () => timeReady([bins["jobkit-mock"], "--port", "0"]),
      helloServer,
    ),
    await pairs(
      "`jobkit-mock --port 0 --ready-json` ready",
      "Hono hello-world",
      () => timeReady([bins["jobkit-mock"], "--port", "0", "--ready-json"]),
      helloServer,
    ),
  ];
  for (const [cli, bin] of Object.entries(bins)) {
    for (const flag of ["--help", "--version"])
      rows.push(await pairs(`\`${cli} ${flag}\``, "`node -e ''`", () => timeExit([bin, flag]), bare));
  }
  console.log(
    `${RUNS} pairs per row, Node ${process.version}, load average ${load} → ${loadavg()[0]?.toFixed(2)}\n`,
  );
  console.log("| command | baseline | ms min / median | baseline ms min / median | ratio min / median |");
  console.log("|---|---|---|---|---|");
  for (const row of rows) {
    if (row)
      console.log(`| ${row.name} | ${row.baseline} | ${ms(row.a)} | ${ms(row.b)} | ${times(row.ratios)} |`);
  }
}

await main();
