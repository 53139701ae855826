import { describe, expect, it } from "vitest";
import { toCurl } from "./curl.js";

const evidence = {
  method: "POST",
  url: "https://openeo.example/jobs",
  requestHeaders: {
    authorization: "Bearer basic//<redacted>",
    "content-type": "application/json",
    origin: "https://jobkit-conformance.example",
  },
  requestBody: `{"title":"it's"}`,
  responseHeaders: {},
  bodyExcerpt: "",
  bodyBytes: 0,
  durationMs: 1,
};

describe("toCurl", () => {
  it("repeats method, URL, headers and body, with the credentials read from a variable", () => {
    expect(toCurl(evidence)).toBe(
      `curl -i -X POST 'https://openeo.example/jobs' -H "Authorization: Bearer basic//\${OPENEO_TOKEN}" -H 'content-type: application/json' -H 'origin: https://jobkit-conformance.example' --data-raw '{"title":"it'\\''s"}'`,
    );
  });

  it("asks HEAD with -I and Basic credentials from OPENEO_BASIC", () => {
    expect(
      toCurl({
        ...evidence,
        method: "HEAD",
        requestHeaders: { authorization: "Basic <redacted>" },
        requestBody: undefined,
      }),
    ).toBe(`curl -i -I 'https://openeo.example/jobs' -H "Authorization: Basic \${OPENEO_BASIC}"`);
  });

  it("leaves out the connection's headers and a body the evidence holds only in part", () => {
    expect(
      toCurl({
        ...evidence,
        requestHeaders: { host: "openeo.example", "content-length": "9999", "accept-encoding": "gzip" },
        requestBody: "<9999 bytes of application/octet-stream>",
      }),
    ).toBe(
      "curl -i -X POST 'https://openeo.example/jobs' --data-binary @body  # the body is not shown whole",
    );
  });
});
