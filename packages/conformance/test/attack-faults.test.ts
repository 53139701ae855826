import { describe, expect, it } from "vitest";
import { readJwt } from "../src/internal/forged-tokens.js";
import { alice } from "./demo-user-flags.js";
import { type FaultyHandler, passThrough, serveEachTest } from "./faulty-server.js";
import { kit } from "./run-cli.js";

/**
 * Token and auth faults found on back-ends nobody on the team wrote (openeo-fastapi, openeo-test-api,
 * titiler-openeo), rebuilt on the mock.
 */

const { serve } = serveEachTest();

const OIDC = ["--oidc-client-id", "alice-client", "--oidc-client-secret", "alice123"];

const bearerOf = (request: Request) => (request.headers.get("authorization") ?? "").replace(/^Bearer /, "");

function json(value: unknown, status: number): Response {
  return Response.json(value, { status, headers: { "Access-Control-Allow-Origin": "*" } });
}

/** openeo-fastapi: a JWT whose header has no `kid` makes the token check crash with a 500. */
const crashesWithoutKid: FaultyHandler = async (request, mock) => {
  const jwt = readJwt(bearerOf(request).replace(/^oidc\/[^/]*\//, ""));
  if (jwt && jwt.header.kid === undefined) return json({ code: "Internal", message: "KeyError: 'kid'" }, 500);
  return mock(request);
};

/** titiler-openeo: no batch jobs listed, and GET /me with a forged token answers `answer` instead of 403. */
function meOnly(answer: (request: Request) => Response | undefined): FaultyHandler {
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    const auth = request.headers.get("authorization");
    const forged = answer(request);
    if (path === "/me" && auth && !auth.startsWith("Basic") && forged) {
      const real = await mock(request);
      if (real.status === 403) return forged;
      return real;
    }
    const response = await mock(request);
    if (path !== "/" || response.status !== 200) return response;
    const capabilities = (await response.json()) as { endpoints: { path: string }[] };
    capabilities.endpoints = capabilities.endpoints.filter((endpoint) => !endpoint.path.startsWith("/jobs"));
    return json(capabilities, 200);
  };
}

describe("token and auth faults the kit used to miss", { timeout: 60_000 }, () => {
  it("a JWT without kid answered 500: auth.attack.no-kid fails", async () => {
    const url = await serve(crashesWithoutKid);
    const run = await kit([...alice(url), ...OIDC, "--only", "auth.attack.*"]);
    expect(run.stdout).toMatch(
      /✗ auth\.attack\.no-kid #102 +GET \/me with a token signed by another key, without kid answered 500 Internal/,
    );
    expect(run.stdout).toMatch(/✓ auth\.attack\.foreign-key\b/);
  });

  it("the mock refuses a JWT without kid with 403: auth.attack.no-kid passes", async () => {
    const url = await serve(passThrough);
    const run = await kit([...alice(url), ...OIDC, "--only", "auth.attack.no-kid"]);
    expect(run.stdout).toMatch(/✓ auth\.attack\.no-kid #102/);
    expect(run.code).toBe(0);
  });

  it("no batch jobs, and GET /me refuses an invalid token with 401: auth.invalid-token fails on the status, not as a hole", async () => {
    const url = await serve(
      meOnly(() => json({ code: "AuthenticationRequired", message: "Could not validate credentials" }, 401)),
    );
    const run = await kit([...alice(url), "--only", "auth.invalid-token,auth.missing-credentials"]);
    expect(run.stdout).toMatch(
      /✗ auth\.invalid-token #102 +an invalid token was refused, but with GET \/me answered 401 AuthenticationRequired.*; openEO asks for 403/,
    );
    expect(run.stdout).not.toMatch(/not refused/);
    expect(run.stdout).toMatch(/✓ auth\.missing-credentials #101/);
    expect(run.code).toBe(1);
  });

  it("GET /me answers an invalid token with a 400 that names a source file: auth.invalid-token fails and shows it", async () => {
    const url = await serve(
      meOnly(() =>
        json(
          { code: "BadRequest", message: 'File "/app/titiler/openeo/auth.py", line 88: Invalid token' },
          400,
        ),
      ),
    );
    const run = await kit([...alice(url), "--only", "auth.invalid-token"]);
    expect(run.stdout).toMatch(
      /✗ auth\.invalid-token #102 +an invalid token was refused, but with GET \/me answered 400 BadRequest: File "\/app\/titiler\/openeo\/auth\.py"/,
    );
    expect(run.code).toBe(1);
  });

  it("GET /me without credentials answers 200: auth.missing-credentials fails although GET /jobs answers 401", async () => {
    const url = await serve(async (request, mock) =>
      new URL(request.url).pathname === "/me" && !request.headers.get("authorization")
        ? json({ user_id: "anonymous" }, 200)
        : mock(request),
    );
    const run = await kit([...alice(url), "--only", "auth.missing-credentials"]);
    expect(run.stdout).toMatch(
      /✗ auth\.missing-credentials #101 +without credentials: GET \/me answered 200; expected 401/,
    );
    expect(run.code).toBe(1);
  });

  it("a 1.3.0 server that answers 500 to the legacy basic// form: auth.bearer fails, and the lifecycle goes on with the plain form", async () => {
    const url = await serve((request, mock) =>
      bearerOf(request).startsWith("basic//")
        ? Promise.resolve(json({ code: "Internal", message: "Invalid JWT" }, 500))
        : mock(request),
    );
    const run = await kit([...alice(url), "--only", "auth.bearer,jobs.create.*"]);
    expect(run.stdout).toMatch(
      /✗ auth\.bearer #100 +GET \/me with the token answered 500 Internal: Invalid JWT; the plain form Bearer <token> \(the JWT conformance class is listed\) was accepted, so the run goes on with it/,
    );
    expect(run.stdout).toMatch(/✓ jobs\.create\.status-201\b/);
    expect(run.stdout).toMatch(/^FAIL: 1 required check failed/m);
  });
});

/**
 * openeo-fastapi: lists `POST /jobs/{job_id}`, which answers 405, and leaves out `GET /me` and
 * `PATCH /jobs/{job_id}`, which both work.
 */
const lyingCapabilities: FaultyHandler = async (request, mock) => {
  const path = new URL(request.url).pathname;
  if (request.method === "POST" && /^\/jobs\/[^/]+$/.test(path))
    return json({ code: "MethodNotAllowed", message: "Method Not Allowed" }, 405);
  const response = await mock(request);
  if (path !== "/" || response.status !== 200) return response;
  const capabilities = (await response.json()) as { endpoints: { path: string; methods: string[] }[] };
  for (const endpoint of capabilities.endpoints) {
    if (endpoint.path === "/jobs/{job_id}")
      endpoint.methods = [...endpoint.methods.filter((method) => method !== "PATCH"), "POST"];
  }
  capabilities.endpoints = capabilities.endpoints.filter((endpoint) => endpoint.path !== "/me");
  return json(capabilities, 200);
};

describe("capabilities that lie", { timeout: 60_000 }, () => {
  it("a listed method that answers 405 and unlisted ones that work: both reported, and the token attacks still run", async () => {
    const url = await serve(lyingCapabilities);
    const only = "capabilities.listed-methods,capabilities.unlisted,auth.attack.forged-basic";
    const run = await kit([...alice(url), "--only", only, "--reporter", "json"]);
    const report = JSON.parse(run.stdout) as {
      checks: { id: string; status: string; observation: string }[];
    };
    const check = (id: string) => report.checks.find((c) => c.id === id);
    expect(check("capabilities.listed-methods")).toMatchObject({ status: "fail" });
    expect(check("capabilities.listed-methods")?.observation).toMatch(
      /^listed but not implemented: POST \/jobs\/\{id\} answered 405 MethodNotAllowed/,
    );
    expect(check("capabilities.unlisted")?.status).toBe("fail");
    expect(check("capabilities.unlisted")?.observation).toMatch(
      /^answer although the capabilities do not list them: GET \/me answered 200; PATCH \/jobs\/\{id\} answered 404 JobNotFound/,
    );
    expect(check("auth.attack.forged-basic")).toMatchObject({ status: "pass" });
    expect(run.code).toBe(1);
  });

  it("the mock lists what it implements: both capabilities checks pass", async () => {
    const url = await serve(passThrough);
    const run = await kit([...alice(url), "--only", "capabilities.listed-methods,capabilities.unlisted"]);
    expect(run.stdout).toMatch(/✓ capabilities\.listed-methods #32/);
    expect(run.stdout).toMatch(/✓ capabilities\.unlisted #31/);
    expect(run.code).toBe(0);
  });
});
