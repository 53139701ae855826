import { describe, expect, it } from "vitest";
import type { Observed } from "../observed.js";
import { encodingUtf8 } from "./encoding-utf8.js";

/** A whole JSON answer of the API with these bytes as its body. */
function answer(body: Uint8Array): Observed {
  return {
    seq: 1,
    method: "GET",
    url: new URL("https://api.test/processes"),
    requestHeaders: new Headers(),
    requestJson: undefined,
    target: { kind: "api", path: "/processes", template: "/processes", version: "1.2.0" },
    status: 200,
    responseHeaders: new Headers({ "content-type": "application/json" }),
    body,
    json: undefined,
    bodyBytes: body.length,
    sha256: undefined,
    problem: undefined,
    observedAt: 0,
    evidence: {} as Observed["evidence"],
  };
}

const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...values: number[]) => Uint8Array.from(values);

const BODIES: [string, Uint8Array][] = [
  ["ASCII JSON", text('{"a":1}')],
  ["JSON with 2-, 3- and 4-byte characters", text('{"a":"é€😀"}')],
  ["a UTF-8 byte order mark", bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d)],
  ["the highest code point", bytes(0x22, 0xf4, 0x8f, 0xbf, 0xbf, 0x22)],
  ["an overlong slash", bytes(0x22, 0xc0, 0xaf, 0x22)],
  ["an encoded surrogate", bytes(0x22, 0xed, 0xa0, 0x80, 0x22)],
  ["a code point above U+10FFFF", bytes(0x22, 0xf4, 0x90, 0x80, 0x80, 0x22)],
  ["a sequence cut short at the end", bytes(0x22, 0xe2, 0x82)],
  ["a lone continuation byte", bytes(0x22, 0x80, 0x22)],
  ["Latin-1", bytes(0x22, 0xe9, 0x22)],
  ["nothing", new Uint8Array(0)],
];

describe("encoding.utf8", () => {
  it.each(BODIES)("refuses exactly what a fatal UTF-8 decoder refuses: %s", (_, body) => {
    let decodes = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      decodes = false;
    }
    expect(encodingUtf8.judge(answer(body), [])).toEqual(decodes ? {} : { problem: "is not valid UTF-8" });
  });
});
