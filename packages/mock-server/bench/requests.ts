/**
 * req/s of GET /jobs/{id} and POST /jobs (with auth) on the mock vs a raw node:http server doing the same
 * work. Each server runs in its own process; this process generates the load. Measurements alternate
 * between the two servers for several rounds and the median ratio is reported, so background load hits
 * both alike. Beside req/s it reports server CPU time per request (user + system), which a busy machine
 * disturbs far less than throughput. Run: npx tsx bench/requests.ts
 */
import { saveResultGraph } from "../test/support.js";
import { type LoadResult, load } from "./load.js";
import { type BenchServer, startServer } from "./servers/spawn.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 1500);
const CONCURRENCY = 32;

const headersOf = (server: BenchServer) => ({
  Authorization: `Bearer basic//${server.token}`,
  "Content-Type": "application/json",
});
const get = (server: BenchServer, durationMs = DURATION_MS) =>
  load({
    method: "GET",
    url: `${server.base}/jobs/${server.jobId}`,
    headers: headersOf(server),
    concurrency: CONCURRENCY,
    durationMs,
    expectStatus: 200,
  });
const post = (server: BenchServer) =>
  load({
    method: "POST",
    url: `${server.base}/jobs`,
    headers: headersOf(server),
    body: JSON.stringify({ title: "bench", process: saveResultGraph() }),
    concurrency: CONCURRENCY,
    durationMs: DURATION_MS,
    expectStatus: 201,
  });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** One measurement plus the server CPU time (µs) it cost per answered request. */
async function measured(server: BenchServer, run: (server: BenchServer) => Promise<LoadResult>) {
  const before = await server.cpuMicros();
  const result = await run(server);
  const cpu = (await server.cpuMicros()) - before;
  return { ...result, cpuPerRequest: cpu / Math.max(result.requests, 1) };
}
type Measured = Awaited<ReturnType<typeof measured>>;

const raw = await startServer("raw");
const mock = await startServer("mock");
await get(raw, 1000);
await get(mock, 1000);
const results: Record<"get" | "post", { raw: Measured[]; mock: Measured[] }> = {
  get: { raw: [], mock: [] },
  post: { raw: [], mock: [] },
};
for (let round = 0; round < ROUNDS; round++) {
  results.get.raw.push(await measured(raw, get));
  results.get.mock.push(await measured(mock, get));
  results.post.raw.push(await measured(raw, post));
  results.post.mock.push(await measured(mock, post));
}
await raw.stop();
await mock.stop();

console.log(
  `concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds of ${DURATION_MS} ms, Node ${process.version}`,
);
for (const [label, key] of [
  ["GET /jobs/{id}", "get"],
  ["POST /jobs", "post"],
] as const) {
  const { raw: r, mock: m } = results[key];
  const ratios = m.map((result, i) => result.perSecond / (r[i] as Measured).perSecond);
  const cpuRatios = m.map((result, i) => (r[i] as Measured).cpuPerRequest / result.cpuPerRequest);
  const errors = [...r, ...m].reduce((sum, x) => sum + x.errors, 0);
  console.log(
    `${label.padEnd(16)} mock ${median(m.map((x) => x.perSecond)).toFixed(0)} req/s  raw ${median(r.map((x) => x.perSecond)).toFixed(0)} req/s  median ratio ${median(ratios).toFixed(2)}× (rounds ${ratios.map((x) => x.toFixed(2)).join(" ")}), errors ${errors}`,
  );
  console.log(
    `${"".padEnd(16)} server CPU per request: mock ${median(m.map((x) => x.cpuPerRequest)).toFixed(0)} µs  raw ${median(r.map((x) => x.cpuPerRequest)).toFixed(0)} µs  → mock does ${median(cpuRatios).toFixed(2)}× the raw server's requests per CPU second`,
  );
}
