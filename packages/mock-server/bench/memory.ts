/**
 * Heap per stored job: creates N jobs through POST /jobs in process and divides the heap growth (after a full
 * GC) by N. Two cases in the same run, each on a fresh mock: every job with the same process graph (the common
 * case of a test suite) and every job with a graph of its own (a different extent per job).
 * Run: node --expose-gc --import tsx bench/memory.ts   (BENCH_JOBS=100000)
 */
import { createMockServer } from "../src/index.js";
import { saveResultGraph } from "../test/support.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc --import tsx bench/memory.ts");

const heapBytes = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Bytes of heap per job after storing JOBS jobs whose bodies `bodyOf(i)` gives. */
async function perJob(bodyOf: (i: number) => string): Promise<number> {
  const mock = createMockServer({ timing: { mode: "virtual" } });
  const login = await mock.app.request("/credentials/basic", {
    headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
  const before = heapBytes();
  for (let i = 0; i < JOBS; i++) {
    const response = await mock.app.request("/jobs", { method: "POST", headers, body: bodyOf(i) });
    if (response.status !== 201) throw new Error(`POST /jobs answered ${response.status}`);
  }
  const bytes = (heapBytes() - before) / JOBS;
  if (mock.store.size !== JOBS) throw new Error("not every job was stored");
  mock.reset();
  return bytes;
}

const same = JSON.stringify({ title: "bench", process: saveResultGraph() });
const sameBytes = await perJob(() => same);
const ownBytes = await perJob((i) =>
  JSON.stringify({
    title: "bench",
    process: saveResultGraph("GTiff", "SENTINEL2_L2A", {
      west: 5,
      south: 50,
      east: 5.5 + i / JOBS,
      north: 51,
    }),
  }),
);
console.log(`Node ${process.version}; ${JOBS} jobs stored through POST /jobs; heap after GC ÷ jobs`);
console.log(`same process graph:        ${sameBytes.toFixed(0)} bytes per job`);
console.log(`a graph of its own per job: ${ownBytes.toFixed(0)} bytes per job`);
console.log(`process RSS at the end:     ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`);
