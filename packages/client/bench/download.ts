/**
 * Download throughput and memory: the client (`downloadAsset`, streaming to disk with SHA-256
 * verification) vs `curl -o` and vs `curl | tee | sha256sum` (a download that is also verified), all
 * fetching the synthetic `large.bin` from a mock started by its CLI, in the same run. Each download
 * runs in its own process under `/usr/bin/time` (wall time, peak RSS) after a `sync`; the best of the
 * rounds counts.
 * Run by hand after `npm run build` (here and in the mock):
 *   npx tsx bench/download.ts [--bytes N] [--rounds N]
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
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

const GRAPH = graphOf("DEMO_DEM", ["JSON"]);

const mib = (bytes: number, seconds: number) => bytes / 1024 ** 2 / seconds;

async function expectSize(path: string, bytes: number): Promise<void> {
  const { size } = await stat(path);
  await rm(path);
  if (size !== bytes) throw new Error(`${path} has ${size} bytes, expected ${bytes}`);
}
const dir = await mkdtemp(join(tmpdir(), "jobkit-bench-"));
console.log(`download of large.bin, best of ${ROUNDS} rounds, each download in its own process`);
try {
  for (const bytes of SIZES) {
    const { child, url } = await startMock(bytes);
    try {
      const connection = await connect(url, { auth: { user: "alice", password: "alice123" } });
      const job = await connection.createJob(GRAPH);
      await job.startAndWait({ pollInterval: 50 });
      const asset = await job.getResults().getAsset("large.bin");
      const client = `
        const { connect } = await import(${JSON.stringify(INDEX)});
        const { downloadAsset } = await import(${JSON.stringify(NODE_ENTRY)});
        const connection = await connect(${JSON.stringify(url)}, { auth: { user: "alice", password: "alice123" } });
        const asset = await connection.job(${JSON.stringify(job.id)}).getResults().getAsset("large.bin");
        if (process.argv[2] === "no-checksum") delete asset.metadata["file:checksum"];
        await downloadAsset(asset, process.argv[1]);`;
      const best = {
        curl: Infinity,
        curlSha: Infinity,
        client: Infinity,
        unverified: Infinity,
        curlRss: 0,
        clientRss: 0,
      };
      for (let round = 0; round < ROUNDS; round++) {
        const out = join(dir, "out.bin");
        const curl = await timed(["curl", "-sS", "--fail", "-o", out, asset.href]);
        await expectSize(out, bytes);
        const curlSha = await timed([
          "bash",
          "-o",
          "pipefail",
          "-c",
          `curl -sS --fail '${asset.href}' | tee '${out}' | sha256sum`,
        ]);
        await expectSize(out, bytes);
        const ours = await timed([process.execPath, "--input-type=module", "-e", client, out]);
        await expectSize(out, bytes);
        const unverified = await timed([
          process.execPath,
          "--input-type=module",
          "-e",
          client,
          out,
          "no-checksum",
        ]);
        await expectSize(out, bytes);
        best.curl = Math.min(best.curl, curl.seconds);
        best.curlSha = Math.min(best.curlSha, curlSha.seconds);
        best.client = Math.min(best.client, ours.seconds);
        best.unverified = Math.min(best.unverified, unverified.seconds);
        best.curlRss = Math.max(best.curlRss, curl.rssMiB);
        best.clientRss = Math.max(best.clientRss, ours.rssMiB);
      }
      console.log(
        [
          `${(bytes / 1024 ** 2).toFixed(0)} MiB:`,
          `curl ${mib(bytes, best.curl).toFixed(0)} MiB/s (peak RSS ${best.curlRss.toFixed(0)} MiB),`,
          `curl|tee|sha256sum ${mib(bytes, best.curlSha).toFixed(0)} MiB/s,`,
          `client ${mib(bytes, best.client).toFixed(0)} MiB/s (peak RSS ${best.clientRss.toFixed(0)} MiB);`,
          `client without checksum ${mib(bytes, best.unverified).toFixed(0)} MiB/s;`,
          `client/curl ${(best.curl / best.client).toFixed(2)},`,
          `client/(curl+sha256sum) ${(best.curlSha / best.client).toFixed(2)},`,
          `unverified client/curl ${(best.curl / best.unverified).toFixed(2)}`,
        ].join(" "),
      );
    } finally {
      child.kill("SIGTERM");
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
