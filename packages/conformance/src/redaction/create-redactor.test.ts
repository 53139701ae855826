import { describe, expect, it } from "vitest";
import { createRedactor } from "./create-redactor.js";

describe("createRedactor", () => {
  it("hides what it learned from a request wherever it appears, and a Basic pair's password", () => {
    const redactor = createRedactor();
    redactor.learnRequest(new Headers({ authorization: `Basic ${btoa("alice:pass:word")}` }));
    redactor.learnRequest(new Headers({ authorization: "Bearer basic//abcdef0123" }));
    expect(redactor.text("echo pass:word and abcdef0123")).toBe("echo <redacted> and <redacted>");
  });

  it("learns the tokens of an answer and the signatures of a results document's links, not its job id", () => {
    const redactor = createRedactor();
    const jobId = "3f2b8c1a9d7e6f5a4b3c2d1e0f9a8b7c";
    redactor.learnAnswer({ access_token: "t0k3n-value" });
    redactor.learnAnswer({
      id: jobId,
      assets: {
        a: { href: `https://x.test/download/${jobId}/1700000000/0123456789abcdef0123456789abcdef/a.tif` },
        b: { href: "https://s3.test/b.tif?X-Amz-Signature=f00dbeef42" },
      },
      links: [],
    });
    expect(
      redactor.deep({ list: [`job ${jobId}: 0123456789abcdef0123456789abcdef, f00dbeef42, t0k3n-value`] }),
    ).toEqual({ list: [`job ${jobId}: <redacted>, <redacted>, <redacted>`] });
  });

  it("copies every member of a value deeply, one named __proto__ as a member, and leaves the original as it was", () => {
    const redactor = createRedactor();
    redactor.learn("t0k3n-value");
    const original = JSON.parse('{"a":{"__proto__":{"b":"t0k3n-value"},"c":[1,null,"t0k3n-value"]}}');
    const copy = redactor.deep(original);
    expect(Object.keys(copy.a)).toEqual(["__proto__", "c"]);
    expect(JSON.stringify(copy)).toBe('{"a":{"__proto__":{"b":"<redacted>"},"c":[1,null,"<redacted>"]}}');
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(original.a.c[2]).toBe("t0k3n-value");
  });

  it("leaves values shorter than six characters to the redaction by name", () => {
    const redactor = createRedactor();
    redactor.learn("abc12");
    expect(redactor.text("abc12")).toBe("abc12");
  });

  it("hides a secret learned after the same text was shown once", () => {
    const redactor = createRedactor();
    expect(redactor.text("token was abcdef0123")).toBe("token was abcdef0123");
    redactor.learn("abcdef0123");
    expect(redactor.text("token was abcdef0123")).toBe("token was <redacted>");
  });
});
