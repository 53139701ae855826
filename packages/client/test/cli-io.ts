import { createMockServer, type MockServerOptions } from "@jobkit/mock-server";

/** The CLI's streams as arrays, and `fetch` into a fresh in-process mock (poll timing unless told). */
export function cliIo(env: Record<string, string> = {}, options: MockServerOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const mock = createMockServer({ timing: { mode: "poll" }, ...options });
  return {
    mock,
    out,
    err,
    io: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text), isTTY: false },
      env,
      fetch: (request: Request) => mock.app.fetch(request),
    },
  };
}

/** The global options that reach the mock as alice. */
export const AUTH = ["--url", "http://mock.test", "--user", "alice", "--password", "alice123"];
