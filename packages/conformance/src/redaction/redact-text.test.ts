import { describe, expect, it } from "vitest";
import { redactText } from "./redact-text.js";

describe("redactText", () => {
  it("hides secret query parameters of URLs and keeps the others", () => {
    expect(redactText("https://s3.test/a.tif?X-Amz-Credential=AKIA1&X-Amz-Signature=f00d&part=2")).toBe(
      "https://s3.test/a.tif?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&part=2",
    );
    expect(redactText("target https://me:s3cret@openeo.test/openeo/1.2")).toBe(
      "target https://me:<redacted>@openeo.test/openeo/1.2",
    );
    expect(redactText('{"href":"https://x.test/a?token=abc123"}')).toBe(
      '{"href":"https://x.test/a?token=<redacted>"}',
    );
  });

  it("hides token and password members of JSON, also when an excerpt cut the value short", () => {
    expect(redactText('{"access_token": "t0k3n", "user": "alice", "password":"pw\\"x"}')).toBe(
      '{"access_token": "<redacted>", "user": "alice", "password":"<redacted>"}',
    );
    expect(redactText('{"id_token":"eyJhbGciOi')).toBe('{"id_token":"<redacted>');
  });

  it("hides form secrets and bearer values in free text, keeping the bearer's method prefix", () => {
    expect(redactText("grant_type=client_credentials&client_id=me&client_secret=s3cr3t")).toBe(
      "grant_type=client_credentials&client_id=me&client_secret=<redacted>",
    );
    expect(redactText("sent Authorization: Bearer oidc/egi/eyJhbGciOiJSUzI1NiJ9.e30.sig")).toBe(
      "sent Authorization: Bearer oidc/egi/<redacted>",
    );
  });

  it("is idempotent and leaves text without secrets alone", () => {
    const text = "GET /jobs/j-1 → 200; a protected endpoint accepts `Authorization: Bearer basic//TOKEN`";
    expect(redactText(text)).toBe(text);
    const once = redactText("?token=abc&sig=def");
    expect(redactText(once)).toBe(once);
  });
});
