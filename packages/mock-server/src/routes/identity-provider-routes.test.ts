import { createHash, generateKeyPairSync } from "node:crypto";
import { decodeJwt, SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it, vi } from "vitest";
import { type Harness, harness } from "../../test/support.js";

const ISSUER = "http://localhost/oidc";
const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

function post(h: Harness, path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return h.json(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

async function clientToken(h: Harness, id = "alice-client", secret = "alice123"): Promise<string> {
  const answer = await post(h, "/oidc/token", {
    grant_type: "client_credentials",
    client_id: id,
    client_secret: secret,
  });
  expect(answer.status).toBe(200);
  return answer.body.access_token;
}

const me = (h: Harness, bearer: string) => h.json("/me", { headers: { Authorization: `Bearer ${bearer}` } });

describe("OpenID Connect discovery", () => {
  it("lists the jobkit provider whose issuer the mock serves, with a token endpoint and a JWKS", async () => {
    const h = harness();
    const { body } = await h.json("/credentials/oidc");
    expect(body.providers).toHaveLength(1);
    expect(body.providers[0]).toMatchObject({ id: "jobkit", issuer: ISSUER, title: expect.any(String) });
    expect(body.providers[0].default_clients[0].grant_types).toContain(`${DEVICE_GRANT}+pkce`);
    const discovery = await h.json("/oidc/.well-known/openid-configuration");
    expect(discovery.body).toMatchObject({ issuer: ISSUER, token_endpoint: `${ISSUER}/token` });
    const jwks = await h.json(new URL(discovery.body.jwks_uri).pathname);
    expect(jwks.body.keys[0]).toMatchObject({
      kty: "RSA",
      alg: "RS256",
      kid: expect.stringMatching(/^jobkit-/),
    });
    const capabilities = await h.json("/");
    expect(capabilities.body.endpoints).toContainEqual({ path: "/credentials/oidc", methods: ["GET"] });
  });
});

describe("token endpoint", () => {
  it("issues RS256 JWTs for <user>-client credentials that /me accepts as oidc/jobkit/TOKEN", async () => {
    const h = harness();
    const token = await clientToken(h, "bob-client", "bob123");
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: ISSUER, sub: "bob", aud: "jobkit" });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
    expect(claims.iat).toBe(h.mock.clock.now() / 1000);
    expect((await me(h, `oidc/jobkit/${token}`)).body.user_id).toBe("bob");
  });

  it("gives the same token for the same seed and requests", async () => {
    expect(await clientToken(harness())).toBe(await clientToken(harness()));
  });

  it("answers RFC 6749 errors with their statuses", async () => {
    const h = harness();
    const cases: [Record<string, string>, number, string][] = [
      [
        { grant_type: "client_credentials", client_id: "alice-client", client_secret: "no" },
        401,
        "invalid_client",
      ],
      [
        { grant_type: "client_credentials", client_id: "mallory-client", client_secret: "x" },
        401,
        "invalid_client",
      ],
      [{ grant_type: "implicit", client_id: "alice-client" }, 400, "unsupported_grant_type"],
      [
        {
          grant_type: "refresh_token",
          client_id: "alice-client",
          client_secret: "alice123",
          refresh_token: "nope",
        },
        400,
        "invalid_grant",
      ],
      [
        { grant_type: "password", client_id: "jobkit-default-client", username: "alice", password: "x" },
        400,
        "invalid_grant",
      ],
      [{ client_id: "alice-client" }, 400, "invalid_request"],
    ];
    for (const [form, status, error] of cases) {
      const answer = await post(h, "/oidc/token", form);
      expect([answer.status, answer.body.error], JSON.stringify(form)).toEqual([status, error]);
      expect(answer.body.error_description).toEqual(expect.any(String));
    }
  });

  it("accepts client credentials as HTTP Basic, the password grant, and refresh tokens", async () => {
    const h = harness();
    const viaBasic = await post(
      h,
      "/oidc/token",
      { grant_type: "client_credentials" },
      {
        Authorization: `Basic ${btoa("alice-client:alice123")}`,
      },
    );
    expect(decodeJwt(viaBasic.body.access_token).sub).toBe("alice");
    const password = await post(h, "/oidc/token", {
      grant_type: "password",
      client_id: "jobkit-default-client",
      username: "bob",
      password: "bob123",
    });
    expect(password.body.refresh_token).toEqual(expect.any(String));
    const refreshed = await post(h, "/oidc/token", {
      grant_type: "refresh_token",
      client_id: "jobkit-default-client",
      refresh_token: password.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token).sub).toBe("bob");
    const otherClient = await post(h, "/oidc/token", {
      grant_type: "refresh_token",
      client_id: "alice-client",
      client_secret: "alice123",
      refresh_token: password.body.refresh_token,
    });
    expect(otherClient.body.error).toBe("invalid_grant");
  });

  it("serves userinfo for a valid token and 401 invalid_token otherwise", async () => {
    const h = harness();
    const token = await clientToken(h);
    const info = await h.json("/oidc/userinfo", { headers: { Authorization: `Bearer ${token}` } });
    expect(info.body).toMatchObject({ sub: "alice" });
    const bad = await h.json("/oidc/userinfo", { headers: { Authorization: "Bearer x.y.z" } });
    expect([bad.status, bad.body.error]).toEqual([401, "invalid_token"]);
  });

  it("is reached by faults like any other path", async () => {
    const h = harness();
    h.mock.faults.add({ match: { path: "/oidc/token" }, times: 1, action: { type: "error", status: 503 } });
    const faulted = await post(h, "/oidc/token", {
      grant_type: "client_credentials",
      client_id: "alice-client",
      client_secret: "alice123",
    });
    expect(faulted.status).toBe(503);
    expect(await clientToken(h)).toEqual(expect.any(String));
  });
});

describe("bearer verification", () => {
  it("refuses expired, tampered, foreign-key, alg none and unknown-provider tokens with 403 TokenInvalid", async () => {
    const h = harness();
    const token = await clientToken(h);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, sub: "bob" })).toString("base64url");
    const foreign = await clientToken(harness({ seed: 2, timing: { mode: "virtual" } }));
    const unsigned = new UnsecuredJWT(claims).encode();
    const { privateKey } = await import("node:crypto").then((c) =>
      c.generateKeyPairSync("rsa", { modulusLength: 2048 }),
    );
    const otherKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: JSON.parse(Buffer.from(header, "base64url").toString()).kid })
      .sign(privateKey);
    const bad = [
      `oidc/jobkit/${header}.${tampered}.${signature}`,
      `oidc/jobkit/${foreign}`,
      `oidc/jobkit/${unsigned}`,
      `oidc/jobkit/${otherKey}`,
      `oidc/other/${token}`,
      `${header}.${tampered}.${signature}`, // plain, as 1.3.0 allows
      unsigned,
    ];
    for (const bearer of bad) {
      const answer = await me(h, bearer);
      expect([answer.status, answer.body.code], bearer.slice(0, 40)).toEqual([403, "TokenInvalid"]);
    }
    expect((await me(h, `oidc/jobkit/${token}`)).status).toBe(200);
    expect((await me(h, token)).body.user_id).toBe("alice"); // the JWT conformance class is listed
    h.mock.clock.advance(3_600_000);
    const expired = await me(h, `oidc/jobkit/${token}`);
    expect([expired.status, expired.body.code]).toEqual([403, "TokenInvalid"]);
  });

  it("verifies the signature of a forged token once, refuses it every time, and still lets a weakness judge it", async () => {
    const h = harness();
    const claims = decodeJwt(await clientToken(h));
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const jwk = publicKey.export({ format: "jwk" });
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", jwk }).sign(privateKey);
    const verify = vi.spyOn(crypto.subtle, "verify");
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const answer = await me(h, `oidc/jobkit/${forged}`);
        expect([answer.status, answer.body.code]).toEqual([403, "TokenInvalid"]);
      }
      expect(verify).toHaveBeenCalledTimes(1);
      // a back-end that trusts an embedded key (a fault) takes the same token, remembered as forged or not
      h.mock.faults.add({
        match: { path: "/me" },
        action: { type: "token-weakness", weakness: "embedded-jwk" },
      });
      expect((await me(h, `oidc/jobkit/${forged}`)).body.user_id).toBe("alice");
    } finally {
      verify.mockRestore();
    }
  });

  it("checks a token verified before on every request: tampered copies, another issuer and expiry", async () => {
    const h = harness();
    const token = await clientToken(h);
    expect((await me(h, token)).body.user_id).toBe("alice"); // verified, and remembered
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, sub: "bob" })).toString("base64url");
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BA" : "AA"}`;
    for (const bearer of [`${header}.${tampered}.${signature}`, `${header}.${payload}.${flipped}`]) {
      const answer = await me(h, bearer);
      expect([answer.status, answer.body.code]).toEqual([403, "TokenInvalid"]);
    }
    const elsewhere = await h.mock.app.request("http://other.test/me", {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(elsewhere.status).toBe(403); // the issuer is the origin the request reached
    h.mock.clock.advance(claims.exp * 1000 - h.mock.clock.now() - 1);
    expect((await me(h, token)).status).toBe(200);
    h.mock.clock.advance(1);
    const expired = await me(h, token);
    expect([expired.status, expired.body.code]).toEqual([403, "TokenInvalid"]);
  });

  it("refuses a forged basic//<base64 of a name>, prefixed or plain, and takes a real basic token plain", async () => {
    const h = harness();
    const real = (await h.auth("alice")).Authorization?.replace("Bearer basic//", "") as string;
    const forged = Buffer.from("alice").toString("base64");
    for (const bearer of [`basic//${forged}`, forged]) {
      const answer = await me(h, bearer);
      expect([answer.status, answer.body.code]).toEqual([403, "TokenInvalid"]);
    }
    expect((await me(h, real)).body.user_id).toBe("alice");
  });
});

describe("device flow", () => {
  const verifier = "a-code-verifier-of-enough-length-0123456789abcdef";
  const challenge = createHash("sha256").update(verifier).digest("base64url");

  async function startDevice(h: Harness, pkce = true) {
    const form: Record<string, string> = { client_id: "jobkit-default-client", scope: "openid" };
    if (pkce) Object.assign(form, { code_challenge: challenge, code_challenge_method: "S256" });
    const answer = await post(h, "/oidc/device", form);
    expect(answer.status).toBe(200);
    return answer.body;
  }
  const poll = (
    h: Harness,
    deviceCode: string,
    extra: Record<string, string> = { code_verifier: verifier },
  ) =>
    post(h, "/oidc/token", {
      grant_type: DEVICE_GRANT,
      client_id: "jobkit-default-client",
      device_code: deviceCode,
      ...extra,
    });

  it("is pending, then approved as the first user after the delay on the mock's clock (PKCE S256)", async () => {
    const h = harness();
    const device = await startDevice(h);
    expect(device).toMatchObject({
      user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
      interval: 1,
      expires_in: 600,
    });
    expect(device.verification_uri).toBe(`${ISSUER}/device`);
    expect((await poll(h, device.device_code)).body.error).toBe("authorization_pending");
    h.mock.clock.advance(1000);
    const wrong = await poll(h, device.device_code, { code_verifier: "wrong" });
    expect(wrong.body.error).toBe("slow_down");
    await new Promise((r) => setTimeout(r, 600));
    expect((await poll(h, device.device_code, { code_verifier: "wrong" })).body.error).toBe("invalid_grant");
  });

  it("issues an access and a refresh token once approved", async () => {
    const h = harness();
    const device = await startDevice(h);
    h.mock.clock.advance(1000);
    const granted = await poll(h, device.device_code);
    expect(granted.status).toBe(200);
    expect(decodeJwt(granted.body.access_token).sub).toBe("alice");
    expect(granted.body).toMatchObject({ token_type: "Bearer", refresh_token: expect.any(String) });
  });

  it("lets the control API approve as another user, deny, or expire a code", async () => {
    const h = harness({ timing: { mode: "virtual" }, oidc: { deviceApprovalMs: null } });
    const control = (action: string, body: object) =>
      h.request(`/_jobkit/oidc/device/${action}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const [approved, denied, expired] = [
      await startDevice(h),
      await startDevice(h),
      await startDevice(h, false),
    ];
    h.mock.clock.advance(60_000);
    expect((await poll(h, approved.device_code)).body.error).toBe("authorization_pending");
    expect((await control("approve", { user_code: approved.user_code, user: "bob" })).status).toBe(204);
    expect((await control("deny", { user_code: denied.user_code })).status).toBe(204);
    expect((await control("expire", { user_code: expired.user_code })).status).toBe(204);
    expect((await control("deny", { user_code: "NOPE-NOPE" })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 600)); // polls closer than half the interval answer slow_down
    expect(decodeJwt((await poll(h, approved.device_code)).body.access_token).sub).toBe("bob");
    expect((await poll(h, denied.device_code)).body.error).toBe("access_denied");
    expect((await poll(h, expired.device_code, {})).body.error).toBe("expired_token");
  });
});

describe("control token", () => {
  it("guards the control API when set", async () => {
    const h = harness({ timing: { mode: "virtual" }, controlToken: "s3cret-token" });
    expect((await h.request("/_jobkit/journal")).status).toBe(401);
    expect(
      (await h.request("/_jobkit/journal", { headers: { Authorization: "Bearer wrong-token" } })).status,
    ).toBe(401);
    expect(
      (await h.request("/_jobkit/journal", { headers: { Authorization: "Bearer s3cret-token" } })).status,
    ).toBe(200);
  });
});

describe("token weaknesses (faults)", () => {
  async function attacks(h: Harness) {
    const expired = await clientToken(h);
    h.mock.clock.advance(3_600_000);
    const token = await clientToken(h);
    const [header, , signature] = token.split(".") as [string, string, string];
    const claims = decodeJwt(token);
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: "bob" })).toString("base64url")}.${signature}`;
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const jwk = publicKey.export({ format: "jwk" });
    const embedded = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", jwk }).sign(privateKey);
    const unsigned = new UnsecuredJWT(claims).encode();
    const fresh = await clientToken(h, "bob-client", "bob123");
    await me(h, `oidc/jobkit/${fresh}`); // verified once: its signature is now "cached"
    const [freshHeader, , freshSignature] = fresh.split(".");
    const reused = `${freshHeader}.${Buffer.from(JSON.stringify({ ...decodeJwt(fresh), sub: "alice" })).toString("base64url")}.${freshSignature}`;
    return {
      "no-expiry": `oidc/jobkit/${expired}`,
      "alg-none": `oidc/jobkit/${unsigned}`,
      "embedded-jwk": `oidc/jobkit/${embedded}`,
      "signature-cache": `oidc/jobkit/${reused}`,
      "basic-name": `basic//${Buffer.from("alice").toString("base64")}`,
      tampered: `oidc/jobkit/${tampered}`,
    } as Record<string, string>;
  }

  it("each weakness lets exactly its own attack through", { timeout: 30_000 }, async () => {
    const weaknesses = ["no-expiry", "alg-none", "embedded-jwk", "signature-cache", "basic-name"] as const;
    for (const weakness of [undefined, ...weaknesses]) {
      const h = harness();
      if (weakness)
        h.mock.faults.add({ match: { path: "/me" }, action: { type: "token-weakness", weakness } });
      const accepted: string[] = [];
      for (const [name, bearer] of Object.entries(await attacks(h))) {
        if ((await me(h, bearer)).status === 200) accepted.push(name);
      }
      expect(accepted, String(weakness)).toEqual(weakness ? [weakness] : []);
    }
  });

  it("never answers 500 for garbage under a weakness", async () => {
    const h = harness();
    h.mock.faults.add({ action: { type: "token-weakness", weakness: "embedded-jwk" } });
    for (const bearer of ["oidc/jobkit/not-a-jwt", "a.b.c", "oidc/jobkit/..."]) {
      expect((await me(h, bearer)).status).toBe(403);
    }
  });
});
