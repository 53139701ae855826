import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockServer } from "@jobkit/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT, runCli } from "../run-cli.js";

const URL_ARGS = ["--url", "http://mock.test"];
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-login-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(mock = createMockServer({ timing: { mode: "virtual" } }), env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: {
      write: (text: string) => {
        err.push(text);
        if (text.startsWith("To sign in")) mock.clock.advance(1000); // the mock approves after 1 s of its time
      },
      isTTY: false,
    },
    env: { XDG_DATA_HOME: dir, ...env },
    fetch: (request: Request) => mock.app.fetch(request),
  };
  return { mock, out, err, run: (argv: string[]) => runCli([...URL_ARGS, ...argv], io) };
}

describe("jobkit login / logout", () => {
  it("signs in with the device flow, keeps the refresh token in a 0600 file, uses it, and forgets it on logout", async () => {
    const c = cli();
    expect(await c.run(["login", "--status"])).toBe(EXIT.failure);
    expect(c.out.join("")).toContain("http://mock.test: not signed in");
    expect(await c.run(["login", "--oidc-device"])).toBe(EXIT.ok);
    expect(c.err.join("")).toMatch(
      /^To sign in, visit http:\/\/mock\.test\/oidc\/device\?user_code=\w{4}-\w{4} and enter the code \w{4}-\w{4}\n/,
    );
    expect(c.out.join("")).toContain("signed in as alice");
    const file = join(dir, "jobkit", "refresh-tokens.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(file, "utf8"));
    expect(stored["http://mock.test"]).toMatchObject({
      providerId: "jobkit",
      refreshToken: expect.any(String),
    });

    const later = cli(c.mock);
    expect(await later.run(["jobs", "list"])).toBe(EXIT.ok);
    expect(later.out.join("")).toContain("ID  STATUS");
    expect(await later.run(["login", "--status"])).toBe(EXIT.ok);
    expect(later.out.join("")).toContain(`token file: ${file}`);

    expect(await later.run(["logout"])).toBe(EXIT.ok);
    await expect(stat(file)).rejects.toMatchObject({ code: "ENOENT" });
    const anonymous = cli(c.mock);
    expect(await anonymous.run(["jobs", "list"])).toBe(EXIT.failure);
    expect(anonymous.err.join("")).toContain("401 AuthenticationRequired");
  });

  it("signs in with client credentials from flags or OPENEO_AUTH_* variables", async () => {
    const c = cli();
    expect(
      await c.run(["--oidc-client-id", "bob-client", "--oidc-client-secret", "bob123", "jobs", "list"]),
    ).toBe(EXIT.ok);
    const env = cli(c.mock, { OPENEO_AUTH_CLIENT_ID: "alice-client", OPENEO_AUTH_CLIENT_SECRET: "nope" });
    expect(await env.run(["jobs", "list"])).toBe(EXIT.failure);
    expect(env.err.join("")).toContain("client_credentials grant failed: invalid_client");
    expect(await c.run(["--oidc-client-id", "bob-client", "jobs", "list"])).toBe(EXIT.usage);
  });

  it("says why a denied device login failed", async () => {
    const c = cli(createMockServer({ timing: { mode: "virtual" }, oidc: { deviceApprovalMs: null } }));
    const denying = cli(c.mock);
    const run = denying.run(["login", "--oidc-device"]);
    // The CLI asks for its device code when it gets to it: wait for the code (a loaded machine can take a while).
    let userCode: string | undefined;
    for (let tries = 0; tries < 200 && userCode === undefined; tries++) {
      await new Promise((r) => setTimeout(r, 25));
      const pending = (await (await c.mock.app.request("/_jobkit/oidc/device")).json()) as {
        authorizations: { user_code: string }[];
      };
      userCode = pending.authorizations[0]?.user_code;
    }
    await c.mock.app.request("/_jobkit/oidc/device/deny", {
      method: "POST",
      body: JSON.stringify({ user_code: userCode }),
    });
    expect(await run).toBe(EXIT.failure);
    expect(denying.err.join("")).toContain("the device flow failed: access_denied");
  });
});

describe("the token file", () => {
  const folder = () => join(dir, "jobkit");
  const file = () => join(folder(), "refresh-tokens.json");
  /** Writes the token file with `text` (folder 0700, file 0600 unless told). */
  async function store(text: string, fileMode = 0o600) {
    await mkdir(folder(), { mode: 0o700 });
    await writeFile(file(), text, { mode: fileMode });
  }

  it.each([
    ["invalid JSON", '{"http://mock.test": {', "is not valid JSON"],
    ["an array", "[]", "is not a JSON object of logins"],
    [
      "a login of the wrong shape",
      '{"http://mock.test": {"providerId": "jobkit", "refreshToken": 42}}',
      'has an entry for "http://mock.test"',
    ],
  ])("with %s is an error that names the file, never an empty store", async (_, text, why) => {
    await store(text);
    for (const argv of [["login", "--status"], ["jobs", "list"], ["logout"]]) {
      const c = cli();
      expect(await c.run(argv)).toBe(EXIT.failure);
      expect(c.err.join("")).toContain(`TokenFileInvalid: the token file ${file()} ${why}`);
    }
    expect(await readFile(file(), "utf8")).toBe(text);
  });

  it("in a folder other users may write to is refused, and the folder left as it is", async () => {
    await store(JSON.stringify({ "http://mock.test": { providerId: "jobkit", refreshToken: "r" } }));
    await chmod(folder(), 0o777);
    for (const argv of [
      ["login", "--status"],
      ["login", "--oidc-device"],
      ["jobs", "list"],
    ]) {
      const c = cli();
      expect(await c.run(argv)).toBe(EXIT.failure);
      expect(c.err.join("")).toContain(
        `TokenStoreUnsafe: the token folder ${folder()} is open to other users (mode 0777)`,
      );
      expect(c.err.join("")).toContain(`chmod 700 ${folder()}`);
    }
    expect((await stat(folder())).mode & 0o777).toBe(0o777);
  });

  it("that other users may read is refused", async () => {
    await store(JSON.stringify({}), 0o644);
    const c = cli();
    expect(await c.run(["login", "--status"])).toBe(EXIT.failure);
    expect(c.err.join("")).toContain(`the token file ${file()} is open to other users (mode 0644)`);
  });
});
