import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

const MOCK_CLI = new URL("../../mock-server/dist/cli.js", import.meta.url).pathname;

/**
 * Starts the mock CLI on a free port (by default fast wall-clock jobs: queued 50 ms, running 150 ms); resolves with
 * its URL and a stop function.
 */
export async function startMock(
  timing: string[] = ["--queued-ms", "50", "--running-ms", "150"],
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [MOCK_CLI, "--port", "0", "--host", "127.0.0.1", "--timing", "wall", ...timing],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the mock did not start in 15 s")), 15_000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

/** Installs a fault through the mock's control API. */
export async function addFault(mockUrl: string, fault: object): Promise<void> {
  const response = await fetch(`${mockUrl}/_jobkit/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201) throw new Error(`fault refused: ${response.status} ${await response.text()}`);
}

export async function clearFaults(mockUrl: string): Promise<void> {
  await fetch(`${mockUrl}/_jobkit/faults`, { method: "DELETE" });
}

/** A bearer header for alice through the given API URL. */
export async function aliceAuth(apiUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${apiUrl}/credentials/basic`, {
    headers: { authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer basic//${token}` };
}

export const JOB_BODY = {
  title: "proxy test",
  process: {
    process_graph: {
      load: {
        process_id: "load_collection",
        arguments: {
          id: "SENTINEL2_L2A",
          spatial_extent: { west: 5, south: 51.2, east: 5.01, north: 51.21 },
          temporal_extent: ["2024-06-04", "2024-06-09"], // one observation date of the mock's SENTINEL2_L2A
          bands: ["B04"],
        },
      },
      save: {
        process_id: "save_result",
        arguments: { data: { from_node: "load" }, format: "GTiff" },
        result: true,
      },
    },
  },
};
