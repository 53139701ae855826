/**
 * A batch job from create to downloaded results, netCDF vs GTiff: a year of SENTINEL2_L2A (73 dates), 4 bands over
 * 512×512 pixels of 10 m asked for (EPSG:32631), run by the process engine in the built CLI with the fast timing
 * (`--queued-ms 0 --running-ms 0`) and `--max-pixels-per-axis 512`, so the cube is 512×512 pixels of 10 m (the
 * default of 256 an axis would sample 20 m): 76.5 M cells, above the default cube limit (20 Mi cells), hence `--max-cube-cells`.
 * `BENCH_PIXELS=256` measures the default grid instead. Each run: POST /jobs, POST
 * /jobs/{id}/results, GET /jobs/{id} until finished, GET /jobs/{id}/results, every asset downloaded, the job
 * deleted. Interleaved runs, medians and the median of the per-round ratios.
 * Run after `npm run build`: npx tsx bench/netcdf-job.ts   (BENCH_ROUNDS, default 5)
 */
import { startCli } from "../test/start-cli.js";
import { s2TileGraph } from "./s2-tile-graph.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Most polls of a job's status before a run counts as hung. */
const MAX_POLLS = 10_000;
const CELLS_LIMIT = 100_000_000;
const PIXELS = process.env.BENCH_PIXELS ?? "512";

const cli = await startCli([
  "--timing",
  "wall",
  "--queued-ms",
  "0",
  "--running-ms",
  "0",
  "--max-cube-cells",
  String(CELLS_LIMIT),
  "--max-pixels-per-axis",
  PIXELS,
]);
const login = await fetch(`${cli.url}/credentials/basic`, {
  headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
});
const { access_token: token } = (await login.json()) as { access_token: string };
const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };

const graph = (format: string) => s2TileGraph(format, ["2023-01-01", "2024-01-01"]);

type Run = { seconds: number; files: number; bytes: number; shape: unknown };

async function waitFinished(location: string): Promise<void> {
  for (let poll = 0; poll < MAX_POLLS; poll++) {
    const { status } = (await (await fetch(location, { headers })).json()) as { status: string };
    if (status === "finished") return;
    if (status === "error") throw new Error(`the job failed: ${location}`);
  }
  throw new Error(`the job did not finish within ${MAX_POLLS} polls`);
}

async function run(format: string): Promise<Run> {
  const started = performance.now();
  const body = JSON.stringify({ process: graph(format) });
  const created = await fetch(`${cli.url}/jobs`, { method: "POST", headers, body });
  if (created.status !== 201) throw new Error(`POST /jobs: ${created.status} ${await created.text()}`);
  const location = created.headers.get("location") as string;
  await fetch(`${location}/results`, { method: "POST", headers });
  await waitFinished(location);
  const { assets } = (await (await fetch(`${location}/results`, { headers })).json()) as {
    assets: Record<string, { href: string; "proj:shape"?: unknown }>;
  };
  let bytes = 0;
  for (const asset of Object.values(assets))
    bytes += (await (await fetch(asset.href)).arrayBuffer()).byteLength;
  const seconds = (performance.now() - started) / 1000;
  await fetch(location, { method: "DELETE", headers });
  const files = Object.values(assets);
  return { seconds, files: files.length, bytes, shape: files[0]?.["proj:shape"] };
}

const runs = { netCDF: [] as Run[], GTiff: [] as Run[] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    runs.netCDF.push(await run("netCDF"));
    runs.GTiff.push(await run("GTiff"));
  }
} finally {
  cli.child.kill("SIGTERM");
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const seconds = (list: Run[]) => median(list.map((r) => r.seconds));
const ratios = runs.netCDF.map((r, i) => r.seconds / (runs.GTiff[i] as Run).seconds);
const describe = (name: string, list: Run[]) => {
  const first = list[0] as Run;
  const mib = (first.bytes / 2 ** 20).toFixed(1);
  return `${name.padEnd(6)} ${String(first.files).padStart(2)} file(s) ${mib} MiB  median ${seconds(list).toFixed(2)} s (${list.map((r) => r.seconds.toFixed(2)).join(" ")})`;
};
console.log(
  `create → finished → downloaded, ${ROUNDS} interleaved rounds, grid ${JSON.stringify(runs.netCDF[0]?.shape)} × 4 bands × 73 dates, Node ${process.version}`,
);
console.log(describe("netCDF", runs.netCDF));
console.log(describe("GTiff", runs.GTiff));
console.log(
  `netCDF / GTiff median ratio ${median(ratios).toFixed(2)}× (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})`,
);
