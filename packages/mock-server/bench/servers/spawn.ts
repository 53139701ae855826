import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  child: ChildProcess;
  base: string;
  token: string;
  jobId: string;
  /** A 1.3.0 JWT access token of the mock's identity provider (the raw server has none). */
  jwt: string | undefined;
  largeHref: string | undefined;
  peakRssMiB(): Promise<number>;
  /** CPU time (user + system, µs) the server process has used so far, from `/proc/<pid>/stat`. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User + system CPU time (µs) of a live process, from fields 14 and 15 of `/proc/<pid>/stat`. */
export async function processCpuMicros(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
}

/**
 * Starts `servers/<name>.ts` in its own process (`node --import tsx`, so the pid is the server's) and reads its
 * start line; with `cpu`, pinned to that core by `taskset`, which execs node in place.
 */
export async function startServer(
  name: "mock" | "raw",
  env: Record<string, string> = {},
  cpu?: number,
): Promise<BenchServer> {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const node = [process.execPath, "--import", "tsx", script];
  const [command, ...args] = cpu === undefined ? node : ["taskset", "-c", String(cpu), ...node];
  const child = spawn(command as string, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error(`${name} server did not start`)), 30_000);
    child.stdout?.on("data", (chunk) => {
      buffer += chunk;
      const newline = buffer.indexOf("\n");
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(buffer.slice(0, newline));
      }
    });
  });
  const info = JSON.parse(line) as {
    port: number;
    token: string;
    jobId: string;
    jwt?: string;
    largeHref?: string;
  };
  const base = `http://127.0.0.1:${info.port}`;
  return {
    child,
    base,
    token: info.token,
    jobId: info.jobId,
    jwt: info.jwt,
    largeHref: info.largeHref,
    async peakRssMiB() {
      return ((await (await fetch(`${base}/__bench/rss`)).json()) as { peakRssMiB: number }).peakRssMiB;
    },
    cpuMicros: () => processCpuMicros(child.pid as number),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
