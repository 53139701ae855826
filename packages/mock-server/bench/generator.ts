/**
 * The external load generator: autocannon in its own process (the parent pins it to a core). Takes one JSON
 * argument (url, method, headers, body, connections, seconds, expectStatus) and prints one JSON line: answered
 * requests, wrong statuses, errors, seconds, latency percentiles, and the share of one core this process used
 * while generating, so a saturated generator shows.
 */
import { createRequire } from "node:module";

interface Options {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  expectStatus: number;
}
interface CannonResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<CannonResult>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
const options = JSON.parse(process.argv[2] ?? "{}") as Options;

const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await autocannon({
  url: options.url,
  method: options.method,
  headers: options.headers,
  body: options.body,
  connections: options.connections,
  duration: options.seconds,
});
const cpu = process.cpuUsage(cpuBefore);
const wallMicros = (performance.now() - started) * 1000;
const expected = result.statusCodeStats[String(options.expectStatus)]?.count ?? 0;
const answered = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0);
console.log(
  JSON.stringify({
    requests: expected,
    wrongStatus: answered - expected,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuShare: (cpu.user + cpu.system) / wallMicros,
  }),
);
