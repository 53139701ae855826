import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { kit } from "./run-cli.js";

/** The built CLI on every way a run ends early: the process ends soon after its verdict, every report written. */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** One file of each kind a run can write, in a fresh folder. */
function reportFiles(): { args: string[]; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), "kit-exit-"));
  folders.push(folder);
  const files = ["report.json", "report.html", "report.xml"].map((name) => join(folder, name));
  const [json, html, junit] = files;
  return {
    args: ["--reporter", `json=${json}`, "--reporter", `html=${html}`, "--reporter", `junit=${junit}`],
    files,
  };
}

/** A loopback server that accepts connections and never answers (`silent`), or a port nothing listens on. */
async function loopback(silent: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  if (!silent) await close();
  return { url, close: silent ? close : async () => undefined };
}

describe("the built CLI's early exits", { timeout: 60_000 }, () => {
  it.each([
    ["a silent server", true],
    ["a refused connection", false],
  ] as const)(
    "%s: exit 2 within a second of the verdict, with --timeout 300, and every report file written",
    async (_, silent) => {
      const target = await loopback(silent);
      const reports = reportFiles();
      try {
        const run = await kit(
          ["--url", target.url, "--timeout", "300", "--request-timeout", "1", ...reports.args],
          20_000,
          { built: true },
        );
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toContain("got no answer");
        expect(run.quietMs).toBeLessThan(1000);
        for (const file of reports.files) expect(existsSync(file), file).toBe(true);
      } finally {
        await target.close();
      }
    },
  );
});
