/**
 * 1 GiB asset download: throughput and the server's peak RSS, mock (signed link, streamed synthetic
 * asset) vs a raw node:http server piping the same byte stream. Alternating rounds; the client discards
 * the bytes. Run: npx tsx bench/download.ts   (BENCH_BYTES to change the size)
 */
import { get } from "node:http";
import { type BenchServer, startServer } from "./servers/spawn.js";

const BYTES = Number(process.env.BENCH_BYTES ?? 2 ** 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function download(href: string): Promise<{ bytes: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(href, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.byteLength;
      });
      res.on("end", () => resolve({ bytes, seconds: (performance.now() - started) / 1000 }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

async function round(server: BenchServer): Promise<number> {
  const result = await download(server.largeHref as string);
  if (result.bytes !== BYTES) throw new Error(`expected ${BYTES} bytes, got ${result.bytes}`);
  return result.bytes / 2 ** 20 / result.seconds;
}

const env = { BENCH_LARGE_BYTES: String(BYTES) };
const raw = await startServer("raw", env);
const mock = await startServer("mock", env);
const idle = { raw: await raw.peakRssMiB(), mock: await mock.peakRssMiB() };
const speeds = { raw: [] as number[], mock: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  speeds.raw.push(await round(raw));
  speeds.mock.push(await round(mock));
}
const peak = { raw: await raw.peakRssMiB(), mock: await mock.peakRssMiB() };
await raw.stop();
await mock.stop();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ratios = speeds.mock.map((speed, i) => speed / (speeds.raw[i] as number));
console.log(`${(BYTES / 2 ** 20).toFixed(0)} MiB, ${ROUNDS} alternating rounds, Node ${process.version}`);
console.log(
  `throughput  mock ${median(speeds.mock).toFixed(0)} MiB/s  raw pipe ${median(speeds.raw).toFixed(0)} MiB/s  median ratio ${median(ratios).toFixed(2)}× (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})`,
);
console.log(
  `peak RSS    mock ${idle.mock} → ${peak.mock} MiB  raw pipe ${idle.raw} → ${peak.raw} MiB (before → peak during downloads)`,
);
