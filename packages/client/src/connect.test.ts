import { describe, expect, it } from "vitest";
import { CAPABILITIES, fakeFetch, json } from "../test/fake-fetch.js";
import { connect } from "./connect.js";

const ORIGIN = "https://api.example";

function backend(versions: unknown[] | undefined, capabilities: Record<string, unknown> = CAPABILITIES) {
  return fakeFetch((request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/.well-known/openeo") {
      return versions ? json({ versions }) : json({ code: "NotFound", message: "none" }, 404);
    }
    if (pathname.endsWith("/")) return json(capabilities);
    if (pathname.endsWith("/credentials/basic")) {
      return request.headers.get("Authorization") === `Basic ${btoa("alice:alice123")}`
        ? json({ access_token: "tok" })
        : json({ code: "CredentialsInvalid", message: "wrong" }, 403);
    }
    return json({ code: "NotFound", message: request.url }, 404);
  });
}

describe("connect", () => {
  it("picks the highest production 1.x version from /.well-known/openeo", async () => {
    const fetch = backend([
      { url: `${ORIGIN}/v1.1/`, api_version: "1.1.0" },
      { url: `${ORIGIN}/v1.2/`, api_version: "1.2.0", production: true },
      { url: `${ORIGIN}/v1.3/`, api_version: "1.3.0", production: false },
      { url: `${ORIGIN}/v2/`, api_version: "2.0.0" },
    ]);
    const connection = await connect(ORIGIN, { fetch });
    expect(connection.url).toBe(`${ORIGIN}/v1.2`);
    expect(connection.apiVersion).toBe("1.2.0");
    expect(fetch.requests.map((r) => r.url)).toEqual([`${ORIGIN}/.well-known/openeo`, `${ORIGIN}/v1.2/`]);
  });

  it("keeps a given URL that is one of the listed versions", async () => {
    const fetch = backend([
      { url: `${ORIGIN}/v1.1`, api_version: "1.1.0" },
      { url: `${ORIGIN}/v1.2`, api_version: "1.2.0" },
    ]);
    expect((await connect(`${ORIGIN}/v1.1/`, { fetch })).url).toBe(`${ORIGIN}/v1.1`);
  });

  it("takes the URL as the API root when there is no discovery document", async () => {
    const connection = await connect(`${ORIGIN}/openeo`, { fetch: backend(undefined) });
    expect(connection.url).toBe(`${ORIGIN}/openeo`);
  });

  it("fails with NoCompatibleVersion when no production 1.x version is listed", async () => {
    const fetch = backend([{ url: `${ORIGIN}/v2/`, api_version: "2.0.0" }]);
    await expect(connect(ORIGIN, { fetch })).rejects.toMatchObject({ code: "NoCompatibleVersion" });
  });

  it("authenticates with Basic and then sends the bearer token", async () => {
    const fetch = backend(undefined);
    const connection = await connect(ORIGIN, { fetch, auth: { user: "alice", password: "alice123" } });
    await connection.describeAccount().catch(() => undefined);
    expect(fetch.requests.at(-1)?.headers.get("Authorization")).toBe("Bearer basic//tok");
  });

  it("reports wrong credentials as the back-end's error", async () => {
    const fetch = backend(undefined);
    await expect(connect(ORIGIN, { fetch, auth: { user: "alice", password: "nope" } })).rejects.toMatchObject(
      {
        status: 403,
        code: "CredentialsInvalid",
      },
    );
  });

  it("uses a given bearer token as is", async () => {
    const fetch = backend(undefined);
    const connection = await connect(ORIGIN, { fetch, auth: { token: "oidc/egi/xyz" } });
    await connection.describeAccount().catch(() => undefined);
    expect(fetch.requests.at(-1)?.headers.get("Authorization")).toBe("Bearer oidc/egi/xyz");
  });
});
