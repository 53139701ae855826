import { createHash } from "node:crypto";
import { SHA256_MULTIHASH_PREFIX, sha256Multihash } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { parseMultihash } from "./multihash.js";

describe("parseMultihash", () => {
  it("reads a sha2-256 multihash (1220 + digest)", () => {
    const digest = createHash("sha256").update("hello").digest("hex");
    expect(parseMultihash(`1220${digest}`)).toEqual({
      code: 0x12,
      algorithm: { node: "sha256", web: "SHA-256" },
      digest,
    });
  });
  it("reads a two-byte varint code (md5 = 0xd5)", () => {
    const digest = createHash("md5").update("x").digest("hex");
    expect(parseMultihash(`d50110${digest}`)?.algorithm?.node).toBe("md5");
  });
  it("keeps unknown codes without an algorithm", () => {
    expect(parseMultihash("1e02abcd")).toEqual({ code: 0x1e, algorithm: undefined, digest: "abcd" });
  });
  it("rejects a length that does not match the digest, odd hex and non-hex", () => {
    expect(parseMultihash("1220abcd")).toBeUndefined();
    expect(parseMultihash("122")).toBeUndefined();
    expect(parseMultihash("12zz")).toBeUndefined();
  });
});

describe("parseMultihash and the contract's sha256Multihash", () => {
  it("read a sha2-256 checksum the way @jobkit/spec writes it", () => {
    const digest = "ab".repeat(32);
    expect(parseMultihash(sha256Multihash(digest))).toEqual({
      code: 0x12,
      algorithm: { node: "sha256", web: "SHA-256" },
      digest,
    });
    expect(parseMultihash(`${SHA256_MULTIHASH_PREFIX}${digest.slice(2)}`)).toBeUndefined();
  });
});
