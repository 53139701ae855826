/**
 * Download throughput and memory: the client (`downloadAsset`, streaming to disk with SHA-256
 * verification) vs `curl -o`, vs `curl -o` followed by `sha256sum` of the file (the fair verified
 * baseline) and vs `curl | tee | sha256sum`, all fetching the synthetic `large.bin` from a mock
 * started by its CLI, in the same run; the client also without a checksum in the metadata. Each
 * download runs in its own process under `/usr/bin/time` (wall time, peak RSS) after a `sync`; the
 * rounds are interleaved and the best of them counts. Two ceilings bound what any Node client can do
 * here: a bare `node:http` GET that drops the bytes (no disk at all), and one that writes each chunk
 * with `writeSync` (the cheapest Node write measured).
 * Run by hand after `npm run build` (here and in the mock):
 *   npx tsx bench/download.ts [--bytes N] [--rounds N]
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connect } from "../dist/index.js";
import { graphOf } from "../test/process-graphs.js";

const { values } = parseArgs({ options: { bytes: { type: "string" }, rounds: { type: "string" } } });
const SIZES = values.bytes ? [Number(values.bytes)] : [128 * 1024 ** 2, 1024 ** 3];
const ROUNDS = Number(values.rounds ?? 3);
const MOCK_CLI = new URL("../../mock-server/dist/cli.js", import.meta.url).pathname;
const INDEX = new URL("../dist/index.js", import.meta.url).href;
const NODE_ENTRY = new URL("../dist/node.js", import.meta.url).href;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 1 << 20, timeout: 600_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${stderr}`)) : resolve(stdout + stderr),
    );
  });
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MiB. */
async function timed(args: string[]): Promise<{ seconds: number; rssMiB: number }> {
  await run("sync", []); // every download starts with no dirty pages left by the one before
  const output = await run("/usr/bin/time", ["-f", "TIME %e %M", ...args]);
  const match = output.match(/TIME ([\d.]+) (\d+)/);
  if (!match) throw new Error(`no timing in: ${output}`);
  return { seconds: Number(match[1]), rssMiB: Number(match[2]) / 1024 };
}

async function startMock(bytes: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [MOCK_CLI, "--port", "0", "--host", "127.0.0.1", "--queued-ms", "10", "--running-ms", "10"].concat([
      "--large-asset-bytes",
      String(bytes),
    ]),
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("mock did not start")), 10_000);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { child, url };
}

/**
 * A bare Node download: `node:http`, each chunk dropped (`drop`, counted only) or written with `writeSync`
 * (`sync`); it fails unless it received `bytes`.
 */
const CEILING = `
  const { get } = await import("node:http");
  const { closeSync, openSync, writeSync } = await import("node:fs");
  const [href, out, mode, bytes] = process.argv.slice(1);
  const fd = mode === "sync" ? openSync(out, "w") : undefined;
  let received = 0;
  await new Promise((resolve, reject) => get(href, (response) => {
    response.on("data", (chunk) => {
      received += chunk.byteLength;
      if (fd !== undefined) writeSync(fd, chunk);
    });
    response.on("end", resolve).on("error", reject);
  }).on("error", reject));
  if (fd !== undefined) closeSync(fd);
  if (received !== Number(bytes)) throw new Error("received " + received + " of " + bytes + " bytes");`;
const ceiling = (href: string, out: string, mode: "drop" | "sync", bytes: number) => [
  process.execPath,
  "--input-type=module",
  "-e",
  CEILING,
  href,
  out,
  mode,
  String(bytes),
];

const GRAPH = graphOf("DEMO_DEM", ["JSON"]);

const mib = (bytes: number, seconds: number) => bytes / 1024 ** 2 / seconds;

async function expectSize(path: string, bytes: number): Promise<void> {
  const { size } = await stat(path);
  await rm(path);
  if (size !== bytes) throw new Error(`${path} has ${size} bytes, expected ${bytes}`);
}
const dir = await mkdtemp(join(tmpdir(), "jobkit-bench-"));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
console.log(
  `download of large.bin, best of ${ROUNDS} interleaved rounds, each download in its own process; ${cpus().length} CPUs, load average ${load()}`,
);
try {
  for (const bytes of SIZES) {
    const { child, url } = await startMock(bytes);
    try {
      const connection = await connect(url, { auth: { user: "alice", password: "alice123" } });
      const job = await connection.createJob(GRAPH);
      await job.startAndWait({ pollInterval: 50 });
      const asset = await job.getResults().getAsset("large.bin");
      const out = join(dir, "out.bin");
      const script = `
        const { connect } = await import(${JSON.stringify(INDEX)});
        const { downloadAsset } = await import(${JSON.stringify(NODE_ENTRY)});
        const connection = await connect(${JSON.stringify(url)}, { auth: { user: "alice", password: "alice123" } });
        const asset = await connection.job(${JSON.stringify(job.id)}).getResults().getAsset("large.bin");
        if (process.argv[2] === "no-checksum") delete asset.metadata["file:checksum"];
        await downloadAsset(asset, process.argv[1]);`;
      const client = (mode: string) => [process.execPath, "--input-type=module", "-e", script, out, mode];
      const commands: Record<string, string[]> = {
        curl: ["curl", "-sS", "--fail", "-o", out, asset.href],
        curlThenSha: ["bash", "-c", `curl -sS --fail -o '${out}' '${asset.href}' && sha256sum '${out}'`],
        curlTeeSha: [
          "bash",
          "-o",
          "pipefail",
          "-c",
          `curl -sS --fail '${asset.href}' | tee '${out}' | sha256sum`,
        ],
        client: client("default"),
        unverified: client("no-checksum"),
        nodeDrop: ceiling(asset.href, out, "drop", bytes),
        nodeSync: ceiling(asset.href, out, "sync", bytes),
      };
      const best: Record<string, { seconds: number; rssMiB: number }> = {};
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, command] of Object.entries(commands)) {
          const result = await timed(command);
          if (name !== "nodeDrop") await expectSize(out, bytes);
          const previous = best[name];
          best[name] = {
            seconds: Math.min(previous?.seconds ?? Infinity, result.seconds),
            rssMiB: Math.max(previous?.rssMiB ?? 0, result.rssMiB),
          };
        }
      }
      const curl = (best.curl as { seconds: number }).seconds;
      console.log(`${(bytes / 1024 ** 2).toFixed(0)} MiB (load average after it: ${load()})`);
      for (const [name, { seconds, rssMiB }] of Object.entries(best)) {
        console.log(
          `  ${name.padEnd(12)} ${seconds.toFixed(2)} s  ${mib(bytes, seconds).toFixed(0).padStart(5)} MiB/s  ` +
            `${(curl / seconds).toFixed(2)}× curl -o  ` +
            `${((best.curlThenSha as { seconds: number }).seconds / seconds).toFixed(2)}× curl -o + sha256sum  ` +
            `peak RSS ${rssMiB.toFixed(0)} MiB`,
        );
      }
    } finally {
      child.kill("SIGTERM");
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
