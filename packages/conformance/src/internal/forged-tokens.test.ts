import { createPublicKey, createVerify, type JsonWebKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readJwt, signedByAnotherKey } from "./forged-tokens.js";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const TOKEN = `${encode({ alg: "RS256", kid: "k1" })}.${encode({ sub: "alice", exp: 1 })}.c2ln`;

describe("signedByAnotherKey", () => {
  it("signs the claims with the kit's key, named in the jwk header, made once per process", () => {
    const first = signedByAnotherKey(TOKEN);
    const second = signedByAnotherKey(TOKEN);
    const read = readJwt(first);
    expect(read?.header).toMatchObject({ alg: "RS256", kid: "k1" });
    expect(read?.claims).toEqual({ sub: "alice", exp: 1 });
    expect(readJwt(second)?.header.jwk).toEqual(read?.header.jwk);
    const key = createPublicKey({ key: read?.header.jwk as JsonWebKey, format: "jwk" });
    const [header, claims, signature] = first.split(".");
    const valid = createVerify("RSA-SHA256")
      .update(`${header}.${claims}`)
      .verify(key, Buffer.from(signature ?? "", "base64url"));
    expect(valid).toBe(true);
  });
});
