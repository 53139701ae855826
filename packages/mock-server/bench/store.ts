/**
 * GET /jobs?limit=100 latency and memory at 10k, 100k and 1M stored jobs (in process, one user owning all
 * jobs, created through POST /jobs). Latency of the first page and of a page in the middle (by cursor).
 * Run: node --max-old-space-size=8192 --expose-gc --import tsx bench/store.ts   (BENCH_SIZES=10000,100000 to choose)
 */
import { createMockServer } from "../src/index.js";
import { saveResultGraph } from "../test/support.js";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const SAMPLES = 200;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc --import tsx bench/store.ts");

const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function latencyMs(
  mock: ReturnType<typeof createMockServer>,
  path: string,
  headers: Record<string, string>,
) {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await mock.app.request(path, { headers });
    const body = (await response.json()) as { jobs: unknown[] };
    times.push(performance.now() - started);
    if (body.jobs.length !== 100) throw new Error(`expected a page of 100, got ${body.jobs.length}`);
  }
  times.sort((a, b) => a - b);
  return { p50: times[SAMPLES / 2] as number, p99: times[Math.floor(SAMPLES * 0.99)] as number };
}

console.log(`Node ${process.version}; ${SAMPLES} requests per latency; jobs created with POST /jobs`);
console.log(
  "jobs       create/s  first page p50/p99 ms   middle page p50/p99 ms   heap MiB  bytes/job  RSS MiB",
);
for (const size of SIZES) {
  const mock = createMockServer({ timing: { mode: "virtual" }, journalLimit: 0 });
  const login = await mock.app.request("/credentials/basic", {
    headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
  const body = JSON.stringify({ title: "bench", process: saveResultGraph() });
  const before = heapMiB();
  const started = performance.now();
  for (let i = 0; i < size; i++) {
    const response = await mock.app.request("/jobs", { method: "POST", headers, body });
    if (response.status !== 201) throw new Error(`POST /jobs answered ${response.status}`);
  }
  const createPerSecond = size / ((performance.now() - started) / 1000);
  const heap = heapMiB() - before;
  const first = await latencyMs(mock, "/jobs?limit=100", headers);
  const middle = await latencyMs(mock, `/jobs?limit=100&cursor=${Math.floor(size / 2)}`, headers);
  const rss = process.memoryUsage.rss() / 2 ** 20;
  console.log(
    `${String(size).padEnd(10)} ${createPerSecond.toFixed(0).padStart(8)}  ${first.p50.toFixed(2).padStart(8)} / ${first.p99.toFixed(2).padEnd(8)}     ${middle.p50.toFixed(2).padStart(8)} / ${middle.p99.toFixed(2).padEnd(8)}  ${heap.toFixed(0).padStart(8)}  ${((heap * 2 ** 20) / size).toFixed(0).padStart(9)}  ${rss.toFixed(0).padStart(7)}`,
  );
  mock.reset();
}
