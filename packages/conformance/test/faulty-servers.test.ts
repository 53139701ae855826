import { afterEach, describe, expect, it } from "vitest";
import { type FaultyHandler, type FaultyServer, startFaultyServer } from "./faulty-server.js";
import { kit } from "./run-cli.js";

let server: FaultyServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handle: FaultyHandler): Promise<string> {
  server = await startFaultyServer(handle);
  return server.url;
}

const JOB_PATH = /^\/jobs\/[^/]+$/;

const alice = (url: string) => ["--url", url, "--user", "alice", "--password", "alice123"];

describe("the CLI against project-owned faulty servers: the right verdict, exit code and time", {
  timeout: 40_000,
}, () => {
  it("a server that never answers GET /jobs/{id}: the process ends within --timeout + 5 s and closes its sockets", async () => {
    const url = await serve((request, mock) =>
      JOB_PATH.test(new URL(request.url).pathname) ? Promise.resolve(undefined) : mock(request),
    );
    const run = await kit([
      ...alice(url),
      "--only",
      "lifecycle",
      "--timeout",
      "4",
      "--poll-interval",
      "0.01",
    ]);
    expect(run.elapsedMs).toBeLessThan(4000 + 5000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ jobs\.create\.created .*no complete answer within \d+ ms/);
    expect(run.stdout).toMatch(/^FAIL: /m);
    expect(server?.openSockets()).toBe(0);
  });
});
