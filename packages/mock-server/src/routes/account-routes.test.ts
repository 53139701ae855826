import { describe, expect, it } from "vitest";
import { harness } from "../../test/support.js";

const basic = (user: string, password: string) => ({ Authorization: `Basic ${btoa(`${user}:${password}`)}` });

describe("authentication", () => {
  it("exchanges HTTP Basic credentials for a token that /me accepts", async () => {
    const h = harness();
    const login = await h.json("/credentials/basic", { headers: basic("bob", "bob123") });
    expect(login.status).toBe(200);
    expect(login.body.access_token).toMatch(/^[0-9a-f]{32}$/);
    const me = await h.json("/me", {
      headers: { Authorization: `Bearer basic//${login.body.access_token}` },
    });
    expect(me.body).toMatchObject({ user_id: "bob", budget: 1000, default_plan: "free" });
  });

  it("refuses missing, wrong and non-Basic credentials", async () => {
    const h = harness();
    expect((await h.json("/credentials/basic")).body.code).toBe("AuthenticationRequired");
    const wrong = await h.json("/credentials/basic", { headers: basic("alice", "nope") });
    expect([wrong.status, wrong.body.code]).toEqual([403, "CredentialsInvalid"]);
    const unknown = await h.json("/credentials/basic", { headers: basic("mallory", "x") });
    expect(unknown.body.code).toBe("CredentialsInvalid");
    const bearer = await h.json("/credentials/basic", { headers: { Authorization: "Bearer x" } });
    expect([bearer.status, bearer.body.code]).toEqual([403, "AuthenticationSchemeInvalid"]);
  });

  it("answers 401 AuthenticationRequired without a token and 403 TokenInvalid with a bad one", async () => {
    const h = harness();
    const none = await h.json("/me");
    expect([none.status, none.body.code]).toEqual([401, "AuthenticationRequired"]);
    for (const header of ["Bearer basic//unknown", "Bearer oidc/google/abc", "Bearer abc"]) {
      const bad = await h.json("/jobs", { headers: { Authorization: header } });
      expect([bad.status, bad.body.code], header).toEqual([403, "TokenInvalid"]);
    }
    const scheme = await h.json("/jobs", { headers: { Authorization: "Digest abc" } });
    expect([scheme.status, scheme.body.code]).toEqual([403, "AuthenticationSchemeInvalid"]);
  });

  it("accepts configured users instead of the defaults", async () => {
    const h = harness({ users: [{ name: "carol", password: "pw", credit: 5 }] });
    expect((await h.json("/credentials/basic", { headers: basic("alice", "alice123") })).status).toBe(403);
    const login = await h.json("/credentials/basic", { headers: basic("carol", "pw") });
    const me = await h.json("/me", {
      headers: { Authorization: `Bearer basic//${login.body.access_token}` },
    });
    expect(me.body).toMatchObject({ user_id: "carol", budget: 5 });
  });
});
