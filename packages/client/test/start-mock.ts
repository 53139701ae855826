/** Starts the mock by its own CLI (`jobkit-mock --port 0 --host 127.0.0.1 …args`) for the CLI tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const MOCK_CLI = join(dirname(createRequire(import.meta.url).resolve("@jobkit/mock-server")), "cli.js");

/** The running mock and its URL; kill it with SIGTERM when done. */
export function startMock(args: string[]): Promise<{ mock: ChildProcess; url: string }> {
  const mock = spawn(process.execPath, [MOCK_CLI, "--port", "0", "--host", "127.0.0.1", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      mock.kill("SIGTERM"); // a mock that starts after the budget must not outlive the test run
      reject(new Error("the mock did not start within 25 s"));
    }, 25_000);
    let output = "";
    mock.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ mock, url: match[1] });
      }
    });
    mock.once("exit", (code) => reject(new Error(`the mock exited with ${code}`)));
  });
}
