import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, root, startCli } from "./start-cli.js";
import { saveResultGraph } from "./support.js";

// The mock binds beyond loopback (0.0.0.0); every request goes to it through 127.0.0.1, nowhere else.
const CONTROL = "control-token-1234";
const NETWORK = ["--host", "0.0.0.0", "--control-token", CONTROL, "--timing", "virtual"];
const FORM = { "content-type": "application/x-www-form-urlencoded" };

type Cli = Awaited<ReturnType<typeof startCli>>;

/** A job id, a basic token and the JWKS key of a running mock. */
async function secretsOf(url: string) {
  const login = await fetch(`${url}/credentials/basic`, {
    headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const created = await fetch(`${url}/jobs`, {
    method: "POST",
    headers: { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ process: saveResultGraph() }),
  });
  const jwks = (await (await fetch(`${url}/oidc/jwks`)).json()) as { keys: { n: string }[] };
  return { id: created.headers.get("openeo-identifier"), token, key: jwks.keys[0]?.n };
}

/** Sends raw bytes and reads the whole answer until the server closes the connection. */
async function raw(url: string, bytes: string): Promise<string> {
  const socket = connect(Number(new URL(url).port), "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk) => {
    answer += chunk;
  });
  socket.write(bytes);
  await Promise.race([once(socket, "close"), new Promise((resolve) => setTimeout(resolve, 5000))]);
  socket.destroy();
  return answer;
}

function exitOf(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, ["dist/cli.js", "--port", "0", ...args], {
      cwd: root,
      stdio: "pipe",
      timeout: 10_000,
    });
    return { status: 0, stderr: "" };
  } catch (error) {
    return {
      status: (error as { status: number }).status,
      stderr: String((error as { stderr: Buffer }).stderr),
    };
  }
}

describe("jobkit-mock beyond loopback (--host 0.0.0.0)", () => {
  let first: Cli;
  let second: Cli;

  beforeAll(async () => {
    buildIfStale();
    [first, second] = await Promise.all([startCli(NETWORK), startCli(NETWORK)]);
  }, 60_000);

  afterAll(() => {
    for (const cli of [first, second]) if (cli?.child.exitCode === null) cli.child.kill("SIGKILL");
  });

  it("draws secrets from the CSPRNG: no seed printed, and two mocks of the same options share no secret", async () => {
    expect(first.output()).toContain("secrets: random (CSPRNG)");
    expect(first.output()).not.toMatch(/seed -?\d+/);
    expect(first.output()).toContain("device codes: approved by their user on /oidc/device");
    const [a, b] = [await secretsOf(first.url), await secretsOf(second.url)];
    expect(a.id).toMatch(/^j-[0-9a-f]{16}$/);
    expect(b.id).not.toBe(a.id);
    expect(b.token).not.toBe(a.token);
    expect(b.key).not.toBe(a.key);
  });

  it("never approves a device code by itself; the control API (with its token) does", async () => {
    const verifier = "v".repeat(43);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const started = await fetch(`${first.url}/oidc/device`, {
      method: "POST",
      headers: FORM,
      body: new URLSearchParams({
        client_id: "jobkit-default-client",
        code_challenge: challenge,
        code_challenge_method: "S256",
      }),
    });
    const device = (await started.json()) as { device_code: string; user_code: string };
    const control = { Authorization: `Bearer ${CONTROL}` };
    await fetch(`${first.url}/_jobkit/clock/advance`, {
      method: "POST",
      headers: control,
      body: JSON.stringify({ ms: 60_000 }),
    });
    const poll = async () => {
      const body = new URLSearchParams({
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        client_id: "jobkit-default-client",
        device_code: device.device_code,
        code_verifier: verifier,
      });
      return (await (
        await fetch(`${first.url}/oidc/token`, { method: "POST", headers: FORM, body })
      ).json()) as {
        error?: string;
        access_token?: string;
      };
    };
    expect((await poll()).error).toBe("authorization_pending");
    const approve = (headers: Record<string, string>) =>
      fetch(`${first.url}/_jobkit/oidc/device/approve`, {
        method: "POST",
        headers,
        body: JSON.stringify({ user_code: device.user_code, user: "bob" }),
      });
    expect((await approve({})).status).toBe(401);
    expect((await approve(control)).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 600)); // polls closer than half the interval: slow_down
    expect((await poll()).access_token).toEqual(expect.any(String));
  });

  it("answers Node's own refusals (garbage request line, oversized headers) with an openEO error body", async () => {
    const garbage = await raw(first.url, "NOT HTTP AT ALL\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf("\r\n\r\n") + 4))).toMatchObject({
      code: "RequestInvalid",
    });
    const huge = await raw(first.url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(huge.slice(huge.indexOf("\r\n\r\n") + 4))).toMatchObject({
      code: "RequestHeaderFieldsTooLarge",
      message: expect.any(String),
    });
  });

  it("refuses --seed without --insecure-reproducible-secrets, and --device-approval-ms; warns with the flag", async () => {
    const seeded = exitOf([...NETWORK, "--seed", "5"]);
    expect([seeded.status, seeded.stderr]).toEqual([
      2,
      expect.stringContaining("--insecure-reproducible-secrets"),
    ]);
    const approving = exitOf([...NETWORK, "--device-approval-ms", "10"]);
    expect([approving.status, approving.stderr]).toEqual([
      2,
      expect.stringContaining("never approves device codes"),
    ]);
    const insecure = await startCli([...NETWORK, "--seed", "5", "--insecure-reproducible-secrets"]);
    try {
      expect(insecure.output()).toContain("WARNING: seed 5 beyond loopback");
    } finally {
      insecure.child.kill("SIGTERM");
    }
  }, 30_000);
});
