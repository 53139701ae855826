import { generateKeyPairSync } from "node:crypto";
import { importJWK, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signRs256 } from "./sign-rs256.js";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

describe("signRs256", () => {
  it("writes the bytes jose's SignJWT writes for the same header, claims and key", async () => {
    const header = { alg: "RS256", kid: "jobkit-abc", typ: "JWT" };
    const claims = { client_id: "alice-client", scope: "openid", name: "Zoë 🛰" };
    const set = { iss: "http://x.test/oidc", sub: "alice", aud: "jobkit", iat: 1735689600, exp: 1735693200 };
    const jti = "0123456789abcdef";
    const byJose = await new SignJWT(claims)
      .setProtectedHeader(header)
      .setIssuer(set.iss)
      .setSubject(set.sub)
      .setAudience(set.aud)
      .setIssuedAt(set.iat)
      .setExpirationTime(set.exp)
      .setJti(jti)
      .sign(privateKey);
    expect(signRs256(header, privateKey, { ...claims, ...set, jti })).toBe(byJose);
  });

  it("makes a token jose verifies with the public key, and one it refuses with another", async () => {
    const token = signRs256({ alg: "RS256", typ: "JWT" }, privateKey, { sub: "bob", exp: 4102444800 });
    const { payload } = await jwtVerify(token, publicKey, { algorithms: ["RS256"] });
    expect(payload.sub).toBe("bob");
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    const otherJwk = await importJWK(other.export({ format: "jwk" }), "RS256");
    await expect(jwtVerify(token, otherJwk)).rejects.toThrow();
  });
});
