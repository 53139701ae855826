/** OpenID Connect sign-in against the in-process mock's own identity provider. */
import { createMockServer, type MockServerOptions } from "@jobkit/mock-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthenticationError, connect, type DevicePrompt } from "../src/index.js";

const ORIGIN = "http://mock.test";

async function setUp(options: MockServerOptions = {}) {
  const mock = createMockServer({ timing: { mode: "virtual" }, ...options });
  const sent: string[] = [];
  const connection = await connect(ORIGIN, {
    fetch: (request) => {
      sent.push(
        `${request.method} ${new URL(request.url).pathname} ${request.headers.get("authorization") ?? "-"}`,
      );
      return mock.app.fetch(request);
    },
    retry: false,
  });
  return { mock, connection, sent };
}

const tokenCalls = (sent: string[]) => sent.filter((line) => line.startsWith("POST /oidc/token")).length;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("client credentials", () => {
  it("signs in through the provider of /credentials/oidc and sends Bearer oidc/jobkit/<jwt>", async () => {
    const { connection, sent } = await setUp();
    const login = await connection.authenticateOidcClientCredentials({
      clientId: "bob-client",
      clientSecret: "bob123",
    });
    expect(login).toMatchObject({ providerId: "jobkit", expiresIn: 3600, refreshToken: undefined });
    expect((await connection.describeAccount()).user_id).toBe("bob");
    expect(sent.at(-1)).toBe(`GET /me Bearer oidc/jobkit/${login.accessToken}`);
    expect(sent.find((line) => line.startsWith("POST /oidc/token"))).toMatch(/ -$/); // no session token to the IdP
  });

  it("reads OPENEO_AUTH_CLIENT_ID, OPENEO_AUTH_CLIENT_SECRET and OPENEO_AUTH_PROVIDER_ID", async () => {
    vi.stubEnv("OPENEO_AUTH_CLIENT_ID", "alice-client");
    vi.stubEnv("OPENEO_AUTH_CLIENT_SECRET", "alice123");
    vi.stubEnv("OPENEO_AUTH_PROVIDER_ID", "jobkit");
    const { connection } = await setUp();
    await connection.authenticateOidcClientCredentials();
    expect((await connection.describeAccount()).user_id).toBe("alice");
    vi.stubEnv("OPENEO_AUTH_PROVIDER_ID", "elsewhere");
    await expect(connection.authenticateOidcClientCredentials()).rejects.toMatchObject({
      code: "ProviderNotFound",
    });
  });

  it("raises AuthenticationFailed with the provider's error for a wrong secret", async () => {
    const { connection } = await setUp();
    const failure = await connection
      .authenticateOidcClientCredentials({ clientId: "alice-client", clientSecret: "wrong" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ code: "AuthenticationFailed", error: "invalid_client" });
    expect(String((failure as Error).message)).toMatch(
      /^\[jobkit\] the client_credentials grant failed: invalid_client/,
    );
  });

  it("gets a new token once on 403 TokenInvalid and repeats the request", async () => {
    const { mock, connection, sent } = await setUp();
    await connection.authenticateOidcClientCredentials({
      clientId: "alice-client",
      clientSecret: "alice123",
    });
    mock.faults.add({
      match: { path: "/me" },
      times: 1,
      action: { type: "error", status: 403, code: "TokenInvalid" },
    });
    expect((await connection.describeAccount()).user_id).toBe("alice");
    expect(tokenCalls(sent)).toBe(2);
    mock.faults.add({
      match: { path: "/me" },
      times: 2,
      action: { type: "error", status: 403, code: "TokenInvalid" },
    });
    await expect(connection.describeAccount()).rejects.toMatchObject({ status: 403, code: "TokenInvalid" });
    expect(tokenCalls(sent)).toBe(3); // renewed once for that request, not in a loop
  });

  it("sends the plain token when the back-end lists the JWT conformance class", async () => {
    const jwtClass = "https://api.openeo.org/1.3.0/authentication/jwt";
    const { connection, sent } = await setUp({
      faults: [
        { match: { path: "/" }, action: { type: "override", body: { set: { "/conformsTo": [jwtClass] } } } },
      ],
    });
    expect(connection.acceptsPlainTokens).toBe(true);
    const login = await connection.authenticateOidcClientCredentials({
      clientId: "alice-client",
      clientSecret: "alice123",
    });
    await connection.describeAccount().catch(() => undefined); // the 1.2.0 mock refuses plain tokens
    expect(sent.find((line) => line.startsWith("GET /me"))).toBe(`GET /me Bearer ${login.accessToken}`);
  });
});

describe("device flow", () => {
  it("prompts, polls with PKCE until the mock approves, and returns a refresh token that signs in later", async () => {
    const { mock, connection } = await setUp();
    const prompts: DevicePrompt[] = [];
    const login = await connection.authenticateOidcDevice({
      onPrompt: (prompt) => {
        prompts.push(prompt);
        mock.clock.advance(1000); // the mock approves after 1 s of its time
      },
    });
    expect(prompts[0]).toMatchObject({
      verificationUri: `${ORIGIN}/oidc/device`,
      userCode: expect.stringMatching(/^\w{4}-\w{4}$/),
    });
    expect(login.refreshToken).toEqual(expect.any(String));
    expect((await connection.describeAccount()).user_id).toBe("alice");
    const later = await connect(ORIGIN, { fetch: (r) => mock.app.fetch(r) });
    await later.authenticateOidcRefreshToken({ refreshToken: login.refreshToken as string });
    expect((await later.describeAccount()).user_id).toBe("alice");
  });

  it("raises AccessDenied when the user denies and DeviceCodeExpired when the code expires", async () => {
    const { mock, connection } = await setUp({ oidc: { deviceApprovalMs: null } });
    const decide = (action: string) => (prompt: DevicePrompt) => {
      void mock.app.request(`/_jobkit/oidc/device/${action}`, {
        method: "POST",
        body: JSON.stringify({ user_code: prompt.userCode }),
      });
    };
    await expect(connection.authenticateOidcDevice({ onPrompt: decide("deny") })).rejects.toMatchObject({
      code: "AccessDenied",
      error: "access_denied",
    });
    await expect(connection.authenticateOidcDevice({ onPrompt: decide("expire") })).rejects.toMatchObject({
      code: "DeviceCodeExpired",
    });
  });

  it("stops polling when the signal aborts", async () => {
    const { connection } = await setUp({ oidc: { deviceApprovalMs: null } });
    const controller = new AbortController();
    const started = Date.now();
    const flow = connection.authenticateOidcDevice({
      onPrompt: () => controller.abort(new Error("stop")),
      signal: controller.signal,
    });
    await expect(flow).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
