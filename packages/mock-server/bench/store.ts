/**
 * GET /jobs?limit=100 latency and memory at 10k, 100k and 1M stored jobs (in process, one user owning all
 * jobs, created through POST /jobs). The baseline is a mock holding 100 jobs, measured in alternating
 * blocks with the large one, so background load hits both alike: a ratio near 1 means the page latency does
 * not depend on how many jobs are stored. Also a page from the middle of the list (by cursor).
 * Run: node --max-old-space-size=8192 --expose-gc --import tsx bench/store.ts   (BENCH_SIZES=10000,100000)
 */
import { createMockServer, type MockServer } from "../src/index.js";
import { saveResultGraph } from "../test/support.js";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const BLOCKS = 9;
const PER_BLOCK = 100;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc --import tsx bench/store.ts");

const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function filled(
  size: number,
): Promise<{ mock: MockServer; headers: Record<string, string>; perSecond: number }> {
  const mock = createMockServer({ timing: { mode: "virtual" } });
  const login = await mock.app.request("/credentials/basic", {
    headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
  const body = JSON.stringify({ title: "bench", process: saveResultGraph() });
  const started = performance.now();
  for (let i = 0; i < size; i++) {
    const response = await mock.app.request("/jobs", { method: "POST", headers, body });
    if (response.status !== 201) throw new Error(`POST /jobs answered ${response.status}`);
  }
  return { mock, headers, perSecond: size / ((performance.now() - started) / 1000) };
}

/** Median latency (ms) of one block of page requests. */
async function block(
  target: { mock: MockServer; headers: Record<string, string> },
  path: string,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < PER_BLOCK; i++) {
    const started = performance.now();
    const response = await target.mock.app.request(path, { headers: target.headers });
    const body = (await response.json()) as { jobs: unknown[] };
    times.push(performance.now() - started);
    if (body.jobs.length !== 100) throw new Error(`expected a page of 100, got ${body.jobs.length}`);
  }
  return median(times);
}

const small = await filled(300);
console.log(
  `Node ${process.version}; ${BLOCKS} alternating blocks of ${PER_BLOCK} requests; baseline: 300 stored jobs`,
);
console.log(
  "jobs       create/s  first page p50 ms (base)  ratio   middle page p50 ms (base)  ratio   bytes/job  RSS MiB",
);
for (const size of SIZES) {
  const before = heapMiB();
  const large = await filled(size);
  const bytesPerJob = ((heapMiB() - before) * 2 ** 20) / size;
  const rows = {
    first: { large: [] as number[], base: [] as number[] },
    middle: { large: [] as number[], base: [] as number[] },
  };
  for (let i = 0; i < BLOCKS; i++) {
    rows.first.large.push(await block(large, "/jobs?limit=100"));
    rows.first.base.push(await block(small, "/jobs?limit=100"));
    rows.middle.large.push(await block(large, `/jobs?limit=100&cursor=${Math.floor(size / 2)}`));
    rows.middle.base.push(await block(small, "/jobs?limit=100&cursor=200"));
  }
  const cell = (row: { large: number[]; base: number[] }) =>
    `${median(row.large).toFixed(3)} (${median(row.base).toFixed(3)})`.padEnd(20) +
    `${median(row.large.map((value, i) => value / (row.base[i] as number))).toFixed(2)}×`.padStart(7);
  const rss = process.memoryUsage.rss() / 2 ** 20;
  console.log(
    `${String(size).padEnd(10)} ${large.perSecond.toFixed(0).padStart(8)}  ${cell(rows.first)}      ${cell(rows.middle)}   ${bytesPerJob.toFixed(0).padStart(9)}  ${rss.toFixed(0).padStart(7)}`,
  );
  large.mock.reset();
}
