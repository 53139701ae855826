/**
 * req/s of GET /jobs/{id} with auth (basic token, and a 1.3.0 JWT of the mock's own identity provider) and of
 * POST /jobs (validated) on the mock, against a raw node:http server answering the same JSON. Each server is
 * its own process pinned to core 0; the load comes from autocannon in its own process pinned to core 1
 * (`generator.ts`), 50 connections. Rounds alternate between the scenarios so background load hits all alike;
 * ratios are taken round by round against the raw GET of the same round. Beside req/s: server CPU time per
 * request (from /proc/<pid>/stat) and the generator's CPU share (near 100 % means the generator, not the
 * server, set the pace), and the load average.
 * Run after `npm run build`: npx tsx bench/requests.ts   (BENCH_ROUNDS=3, BENCH_SECONDS=5)
 */
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { saveResultGraph } from "../test/support.js";
import { type BenchServer, startServer } from "./servers/spawn.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const SERVER_CORE = 0;
const GENERATOR_CORE = 1;
const GENERATOR = fileURLToPath(new URL("./generator.ts", import.meta.url));

interface Generated {
  requests: number;
  wrongStatus: number;
  errors: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  cpuShare: number;
}
interface Measured extends Generated {
  perSecond: number;
  cpuMicrosPerRequest: number;
}
interface Scenario {
  label: string;
  server: BenchServer;
  method: "GET" | "POST";
  authorization: string;
  expectStatus: number;
}

/** Runs the generator pinned to its core and reads its one JSON line; bounded by the duration plus 30 s. */
function generate(scenario: Scenario, seconds: number): Promise<Generated> {
  const { server, method } = scenario;
  const options = {
    url: method === "GET" ? `${server.base}/jobs/${server.jobId}` : `${server.base}/jobs`,
    method,
    headers: { authorization: scenario.authorization, "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify({ title: "bench", process: saveResultGraph() }) : undefined,
    connections: CONNECTIONS,
    seconds,
    expectStatus: scenario.expectStatus,
  };
  const args = ["-c", String(GENERATOR_CORE), process.execPath, "--import", "tsx", GENERATOR];
  const child = spawn("taskset", [...args, JSON.stringify(options)], {
    stdio: ["ignore", "pipe", "inherit"],
    timeout: (seconds + 30) * 1000,
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(output) as Generated) : reject(new Error(`generator exited ${code}`)),
    );
  });
}

async function measure(scenario: Scenario): Promise<Measured> {
  const before = await scenario.server.cpuMicros();
  const result = await generate(scenario, SECONDS);
  const cpu = (await scenario.server.cpuMicros()) - before;
  return {
    ...result,
    perSecond: result.requests / result.seconds,
    cpuMicrosPerRequest: cpu / Math.max(result.requests, 1),
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

const raw = await startServer("raw", {}, SERVER_CORE);
const mock = await startServer("mock", {}, SERVER_CORE);
const basic = (server: BenchServer) => `Bearer basic//${server.token}`;
const scenarios: Scenario[] = [
  { label: "raw GET", server: raw, method: "GET", authorization: basic(raw), expectStatus: 200 },
  { label: "mock GET basic", server: mock, method: "GET", authorization: basic(mock), expectStatus: 200 },
  {
    label: "mock GET JWT",
    server: mock,
    method: "GET",
    authorization: `Bearer ${mock.jwt}`,
    expectStatus: 200,
  },
  { label: "raw POST", server: raw, method: "POST", authorization: basic(raw), expectStatus: 201 },
  { label: "mock POST", server: mock, method: "POST", authorization: basic(mock), expectStatus: 201 },
];
/** A generator share of its core from which its own CPU, not the server, may cap the req/s. */
const SATURATED_SHARE = 0.9;
const loadBefore = load();
try {
  for (const scenario of scenarios.slice(0, 3)) await generate(scenario, 2); // warm-up: JIT, connections
  const results = new Map<string, Measured[]>(scenarios.map((s) => [s.label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const scenario of scenarios) results.get(scenario.label)?.push(await measure(scenario));
  }
  const baseline = results.get("raw GET") as Measured[];
  console.log(
    `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s; server on core ${SERVER_CORE}, ` +
      `autocannon on core ${GENERATOR_CORE}; Node ${process.version}; load average ${loadBefore} → ${load()}`,
  );
  console.log(
    "scenario          req/s  ×raw GET (rounds)        CPU µs/req  req per CPU-s ×raw GET  generator CPU  p99 ms  wrong status, errors",
  );
  for (const [label, rows] of results) {
    const ratios = rows.map((row, i) => row.perSecond / (baseline[i] as Measured).perSecond);
    const perCpu = rows.map(
      (row, i) => (baseline[i] as Measured).cpuMicrosPerRequest / row.cpuMicrosPerRequest,
    );
    const rounds = ratios.map((r) => r.toFixed(2)).join(" ");
    console.log(
      [
        label.padEnd(15),
        median(rows.map((r) => r.perSecond))
          .toFixed(0)
          .padStart(6),
        `  ${median(ratios).toFixed(2)}× (${rounds})`.padEnd(27),
        median(rows.map((r) => r.cpuMicrosPerRequest))
          .toFixed(1)
          .padStart(9),
        `${median(perCpu).toFixed(2)}×`.padStart(12),
        `${(100 * Math.max(...rows.map((r) => r.cpuShare))).toFixed(0)} % max`.padStart(22),
        median(rows.map((r) => r.p99Ms))
          .toFixed(0)
          .padStart(7),
        `  ${rows.reduce((sum, r) => sum + r.wrongStatus, 0)}, ${rows.reduce((sum, r) => sum + r.errors, 0)}`,
      ].join(" "),
    );
  }
  for (const [label, rows] of results) {
    const share = Math.max(...rows.map((r) => r.cpuShare));
    if (share >= SATURATED_SHARE)
      console.log(
        `note: autocannon reached ${(100 * share).toFixed(0)} % of its core in "${label}": its req/s is capped by ` +
          "the generator, so req/s ratios against it flatter the others; trust CPU per request there.",
      );
  }
} finally {
  await raw.stop();
  await mock.stop();
}
