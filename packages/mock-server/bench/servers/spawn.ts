import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  child: ChildProcess;
  base: string;
  token: string;
  jobId: string;
  largeHref: string | undefined;
  peakRssMiB(): Promise<number>;
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

const tsx = fileURLToPath(new URL("../../../../node_modules/tsx/dist/cli.mjs", import.meta.url));

/** Starts `servers/<name>.ts` in its own process (its own core) and reads its start line. */
export async function startServer(
  name: "mock" | "raw",
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const child = spawn(process.execPath, [tsx, script], {
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
  const info = JSON.parse(line) as { port: number; token: string; jobId: string; largeHref?: string };
  const base = `http://127.0.0.1:${info.port}`;
  return {
    child,
    base,
    token: info.token,
    jobId: info.jobId,
    largeHref: info.largeHref,
    async peakRssMiB() {
      return ((await (await fetch(`${base}/__bench/rss`)).json()) as { peakRssMiB: number }).peakRssMiB;
    },
    async cpuMicros() {
      return ((await (await fetch(`${base}/__bench/rss`)).json()) as { cpuMicros: number }).cpuMicros;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
