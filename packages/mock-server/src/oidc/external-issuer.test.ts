import { describe, expect, it } from "vitest";
import { createMockServer } from "../create-mock-server.js";

const IDP = "http://idp.test";

/** Two mocks: one as the external identity provider, one trusting it through `oidc.issuer`. */
function pair(audience?: string) {
  const idp = createMockServer({
    timing: { mode: "virtual" },
    users: [{ name: "carol", password: "carol123" }],
  });
  const backend = createMockServer({
    timing: { mode: "virtual" },
    oidc: {
      issuer: `${IDP}/oidc/`,
      fetch: (request) => idp.app.fetch(request),
      ...(audience && { audience }),
    },
  });
  const token = async (mock: typeof idp, origin: string, client: string, secret: string) => {
    const answer = await mock.app.request(`${origin}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: client,
        client_secret: secret,
      }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const me = async (bearer: string) => {
    const answer = await backend.app.request("/me", { headers: { Authorization: `Bearer ${bearer}` } });
    return { status: answer.status, body: (await answer.json()) as { user_id?: string; code?: string } };
  };
  return { idp, backend, token, me };
}

describe("external issuer (oidc.issuer)", () => {
  it("lists the external issuer and accepts its tokens, adopting unknown subjects as users", async () => {
    const { idp, backend, token, me } = pair();
    const listed = (await (await backend.app.request("/credentials/oidc")).json()) as {
      providers: { issuer: string }[];
    };
    expect(listed.providers).toEqual([expect.objectContaining({ id: "jobkit", issuer: `${IDP}/oidc` })]);
    const external = await token(idp, IDP, "carol-client", "carol123");
    expect(await me(`oidc/jobkit/${external}`)).toMatchObject({ status: 200, body: { user_id: "carol" } });
  });

  it("refuses the mock's own tokens and expired external ones with 403 TokenInvalid", async () => {
    const { idp, backend, token, me } = pair();
    const own = await token(backend, "http://localhost", "alice-client", "alice123");
    expect(await me(`oidc/jobkit/${own}`)).toMatchObject({ status: 403, body: { code: "TokenInvalid" } });
    const external = await token(idp, IDP, "carol-client", "carol123");
    backend.clock.advance(3_600_000);
    expect(await me(`oidc/jobkit/${external}`)).toMatchObject({
      status: 403,
      body: { code: "TokenInvalid" },
    });
  });

  it("answers 503 when the issuer cannot be read", async () => {
    const backend = createMockServer({
      timing: { mode: "virtual" },
      oidc: { issuer: IDP, fetch: () => Promise.reject(new TypeError("fetch failed")) },
    });
    const answer = await backend.app.request("/me", {
      headers: { Authorization: "Bearer oidc/jobkit/a.b.c" },
    });
    expect([answer.status, ((await answer.json()) as { code: string }).code]).toEqual([
      503,
      "ServiceUnavailable",
    ]);
  });

  it("with oidc.audience accepts only the issuer's tokens for that audience (not its ID tokens)", async () => {
    const { idp, me } = pair("jobkit");
    const answer = await idp.app.request(`${IDP}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "carol-client",
        client_secret: "carol123",
      }),
    });
    const { access_token: access, id_token: id } = (await answer.json()) as Record<string, string>;
    expect(await me(`oidc/jobkit/${access}`)).toMatchObject({ status: 200, body: { user_id: "carol" } });
    expect(await me(`oidc/jobkit/${id}`)).toMatchObject({ status: 403, body: { code: "TokenInvalid" } });
    const elsewhere = pair("another-api");
    const foreign = await elsewhere.token(elsewhere.idp, IDP, "carol-client", "carol123");
    expect(await elsewhere.me(`oidc/jobkit/${foreign}`)).toMatchObject({ status: 403 });
  });
});
