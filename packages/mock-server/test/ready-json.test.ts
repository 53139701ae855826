import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, root } from "./start-cli.js";

/** Starts the built CLI with `--ready-json` and resolves once its first stdout line arrived (10 s budget). */
async function startReadyJson(
  args: string[],
): Promise<{ child: ChildProcess; stdout: () => string; stderr: () => string }> {
  const child = spawn(
    process.execPath,
    ["dist/cli.js", "--host", "127.0.0.1", "--port", "0", "--ready-json", ...args],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 10 s: ${stderr}`)), 10_000);
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("\n")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before ready: ${stderr}`)));
  });
  return { child, stdout: () => stdout, stderr: () => stderr };
}

describe("jobkit-mock --ready-json", () => {
  let cli: Awaited<ReturnType<typeof startReadyJson>>;

  beforeAll(async () => {
    buildIfStale();
    cli = await startReadyJson([
      "--seed",
      "7",
      "--user",
      "dave:pw-dave:12",
      "--control-token",
      "token-of-test",
    ]);
  }, 60_000);

  afterAll(() => {
    if (cli?.child.exitCode === null) cli.child.kill("SIGKILL");
  });

  it("prints one JSON line with the URL, API versions, users, control API and seed", async () => {
    const ready = JSON.parse(cli.stdout().split("\n")[0] as string);
    const port = Number(new URL(ready.url).port);
    const url = `http://127.0.0.1:${port}`;
    expect(port).toBeGreaterThan(0);
    expect(ready).toEqual({
      url,
      api_versions: [
        { api_version: "1.3.0", path: "/", url },
        { api_version: "1.2.0", path: "/openeo/1.2.0", url: `${url}/openeo/1.2.0` },
      ],
      users: [
        { name: "dave", password: "pw-dave", credit: 12, client_id: "dave-client", client_secret: "pw-dave" },
      ],
      control: { path: "/_jobkit", token_required: true },
      seed: 7,
    });
    for (const { api_version, url: root } of ready.api_versions) {
      const capabilities = (await (await fetch(`${root}/`)).json()) as { api_version: string };
      expect(capabilities.api_version).toBe(api_version);
    }
    const login = await fetch(`${url}/credentials/basic`, {
      headers: { Authorization: `Basic ${btoa("dave:pw-dave")}` },
    });
    expect(login.status).toBe(200);
    const control = `${url}${ready.control.path}/clock`;
    expect((await fetch(control)).status).toBe(401);
    expect((await fetch(control, { headers: { Authorization: "Bearer token-of-test" } })).status).toBe(200);
  });

  it("writes nothing else on stdout, the banner and the shutdown to stderr", async () => {
    cli.child.kill("SIGTERM");
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(0);
    expect(cli.stdout().split("\n")).toHaveLength(2);
    expect(cli.stdout().endsWith("}\n")).toBe(true);
    expect(cli.stderr()).toMatch(/jobkit-mock listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(cli.stderr()).toContain("dave / pw-dave (credit 12)");
    expect(cli.stderr()).toContain("SIGTERM received, shutting down.");
  });
});
