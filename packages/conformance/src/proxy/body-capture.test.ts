import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createBodyCapture, decodeBody } from "./body-capture.js";

describe("createBodyCapture", () => {
  it("keeps at most the cap while counting and hashing every byte", () => {
    const capture = createBodyCapture(1000);
    const chunk = Buffer.alloc(600, 1);
    for (let index = 0; index < 5; index += 1) capture.add(chunk);
    expect(capture.bytes().length).toBe(1000);
    expect(capture.total).toBe(3000);
    expect(capture.whole).toBe(false);
    expect(capture.sha256()).toBe(
      createHash("sha256")
        .update(Buffer.concat(Array(5).fill(chunk)))
        .digest("hex"),
    );
  });
});

describe("decodeBody", () => {
  it("decodes gzip within the cap and refuses what would grow beyond it or is not gzip", () => {
    const text = Buffer.from("x".repeat(5000));
    expect(decodeBody(gzipSync(text), "gzip", 10_000)?.toString()).toBe(text.toString());
    expect(decodeBody(gzipSync(text), "gzip", 100)).toBeUndefined();
    expect(decodeBody(text, "gzip", 10_000)).toBeUndefined();
    expect(decodeBody(text, "compress", 10_000)).toBeUndefined();
    expect(decodeBody(text, undefined, 10_000)).toBe(text);
  });
});
