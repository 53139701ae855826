/**
 * Peak memory of the mock for one job by cube size, to choose the default `--max-cube-cells`: for each size and
 * format, a fresh built CLI (fast timing, a limit above every size) runs one batch job, load_collection of
 * SENTINEL2_L2A, 4 bands over 256×256 pixels (5120 m of EPSG:32631 at 20 m) and as many 5-day dates as the size
 * needs, saved as netCDF or GTiff; every asset is downloaded. The peak resident set (VmHWM of /proc/<pid>/status,
 * Linux only) is read after the download; the baseline is the same CLI running the same job over 1 date (256 K
 * cells), in the same run.
 * With `BENCH_CORPUS` (corpus graph names, comma-separated), each of those graphs of test/corpus runs instead, on a
 * fresh CLI with the default limit, started as the corpus test starts it (`--catalog`, and `--processes` for a
 * graph written for a back-end); the reference is the job of 20 Mi cells (the default limit) as netCDF, in the
 * same run, so that a graph whose load is sampled to fit the limit can be held against it.
 * Run after `npm run build`: npx tsx bench/cube-memory.ts   (BENCH_SIZES=16,32,64 million cells, in 2^20)
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_CUBE_CELLS } from "@jobkit/processes";
import { startCli } from "../test/start-cli.js";
import { s2TileGraph } from "./s2-tile-graph.js";

const MIB = 2 ** 20;
const PLANE = 256 * 256;
const BANDS = 4;
const SIZES = (process.env.BENCH_SIZES ?? "16,32,64").split(",").map((m) => Number(m) * MIB);
/** Most polls of a job's status before a run counts as hung. */
const MAX_POLLS = 100_000;

/** `dates` dates every 5 days from 2020-01-01, saved in `format`. */
function graph(dates: number, format: string): Record<string, unknown> {
  const end = new Date(Date.UTC(2020, 0, 1) + dates * 5 * 86_400_000).toISOString();
  return s2TileGraph(format, ["2020-01-01T00:00:00Z", end]);
}

/** Resident set of a process (now, and its peak so far), in MiB. */
function residentMiB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return { now: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

async function waitFinished(location: string, headers: Record<string, string>): Promise<void> {
  for (let poll = 0; poll < MAX_POLLS; poll++) {
    const { status } = (await (await fetch(location, { headers })).json()) as { status: string };
    if (status === "finished") return;
    if (status === "error") throw new Error(`the job failed: ${location}/logs`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the job did not finish within ${MAX_POLLS} polls`);
}

/** One job of `process` on a fresh CLI started with `args`: idle and peak resident set, seconds, bytes downloaded. */
async function measureJob(args: string[], process: Record<string, unknown>) {
  const cli = await startCli(["--queued-ms", "0", "--running-ms", "0", ...args]);
  try {
    const pid = cli.child.pid as number;
    const login = await fetch(`${cli.url}/credentials/basic`, {
      headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
    const idle = residentMiB(pid).now;
    const started = performance.now();
    const body = JSON.stringify({ process });
    const created = await fetch(`${cli.url}/jobs`, { method: "POST", headers, body });
    if (created.status !== 201) throw new Error(`POST /jobs: ${created.status} ${await created.text()}`);
    const location = created.headers.get("location") as string;
    await fetch(`${location}/results`, { method: "POST", headers });
    await waitFinished(location, headers).catch((error: Error) => {
      throw new Error(`${error.message} (peak ${residentMiB(pid).peak.toFixed(0)} MiB)`);
    });
    const { assets } = (await (await fetch(`${location}/results`, { headers })).json()) as {
      assets: Record<string, { href: string }>;
    };
    let bytes = 0;
    for (const asset of Object.values(assets))
      bytes += (await (await fetch(asset.href)).arrayBuffer()).byteLength;
    const seconds = (performance.now() - started) / 1000;
    return { idle, peak: residentMiB(pid).peak, seconds, bytes, files: Object.keys(assets).length };
  } finally {
    cli.child.kill("SIGTERM");
  }
}

/** One job of `dates` dates in `format`, with a limit above every size. */
const measure = (dates: number, format: string) =>
  measureJob(["--max-cube-cells", String(2 ** 28)], graph(dates, format));

const CORPUS = new URL("../test/corpus/", import.meta.url);

/** `--processes` for a graph written for `backend`: the official list (saved from a mock) and the back-end's. */
async function backendArgs(backend: string): Promise<string[]> {
  const cli = await startCli([]);
  try {
    const saved = join(mkdtempSync(join(tmpdir(), "jobkit-bench-")), "processes.json");
    writeFileSync(saved, await (await fetch(`${cli.url}/processes`)).text());
    return ["--processes", saved, "--processes", new URL(`processes/${backend}.json`, CORPUS).pathname];
  } finally {
    cli.child.kill("SIGTERM");
  }
}

/** Each corpus graph named in `names` on a fresh CLI with the default limit, against the 20 Mi-cell job. */
async function measureCorpus(names: string[]): Promise<void> {
  const expectations = JSON.parse(readFileSync(new URL("expectations.json", CORPUS), "utf8"));
  const reference = await measure(DEFAULT_MAX_CUBE_CELLS / (BANDS * PLANE), "netCDF");
  console.log(`reference: netCDF job of 20 Mi cells: peak ${reference.peak.toFixed(0)} MiB`);
  for (const name of names) {
    const { backend } = expectations[name] as { backend?: string };
    const args = ["--catalog", new URL("catalog.json", CORPUS).pathname];
    if (backend) args.push(...(await backendArgs(backend)));
    const graph = JSON.parse(readFileSync(new URL(`graphs/${name}.json`, CORPUS), "utf8"));
    const run = await measureJob(args, graph).catch((error: Error) => error);
    if (run instanceof Error) console.log(`${name}: ${run.message}`);
    else
      console.log(
        `${name}: peak ${run.peak.toFixed(0)} MiB (${(run.peak / reference.peak).toFixed(2)}× the reference), ${(run.bytes / MIB).toFixed(0)} MiB downloaded, ${run.seconds.toFixed(1)} s`,
      );
  }
}

if (process.env.BENCH_CORPUS) {
  console.log(`Node ${process.version}; one job per fresh CLI`);
  await measureCorpus(process.env.BENCH_CORPUS.split(","));
} else {
  console.log(`Node ${process.version}; one job per fresh CLI; cells = dates × ${BANDS} bands × 256 × 256`);
  for (const format of ["netCDF", "GTiff"]) {
    const base = await measure(1, format);
    const line = (cells: number, run: typeof base) =>
      `${format.padEnd(6)} ${(cells / 1e6).toFixed(1).padStart(5)} M cells: idle ${run.idle.toFixed(0)} MiB, peak ${run.peak.toFixed(0)} MiB (+${(run.peak - base.peak).toFixed(0)} over the baseline), ${run.files} file(s) ${(run.bytes / MIB).toFixed(0)} MiB, ${run.seconds.toFixed(1)} s`;
    console.log(line(BANDS * PLANE, base));
    for (const cells of SIZES) console.log(line(cells, await measure(cells / (BANDS * PLANE), format)));
  }
}
