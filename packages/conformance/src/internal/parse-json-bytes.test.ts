import { afterEach, describe, expect, it, vi } from "vitest";
import { parseJsonBytes } from "./parse-json-bytes.js";

/** What the kit did before it looked at the first bytes: decode everything, then parse. */
function decodedThenParsed(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

const text = (value: string) => new TextEncoder().encode(value);
const BOM = [0xef, 0xbb, 0xbf];
const TIFF = Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0xff, 0xfe]);

const CASES: [string, Uint8Array][] = [
  ["an object", text('{"a": [1, "b", null]}')],
  ["an array after every kind of JSON whitespace", text(" \t\r\n[1, 2]")],
  ["a string", text('"x"')],
  ["a negative number", text("-1.5e3")],
  ["a number", text("42")],
  ["true", text("true")],
  ["false", text(" false")],
  ["null", text("null\n")],
  ["an object after a UTF-8 byte order mark", Uint8Array.from([...BOM, ...text('{"a":1}')])],
  ["two byte order marks", Uint8Array.from([...BOM, ...BOM, ...text("{}")])],
  ["a byte order mark alone", Uint8Array.from(BOM)],
  ["nothing", new Uint8Array(0)],
  ["blanks", text("  \n\t ")],
  ["a GeoTIFF's first bytes", TIFF],
  ["a PNG's first bytes", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["HTML", text("<html>{}</html>")],
  ["JSON cut short", text('{"a": ')],
  [
    "JSON with a bad UTF-8 sequence in a string",
    Uint8Array.from([...text('{"a":"'), 0xc3, 0x28, ...text('"}')]),
  ],
  ["a form feed before JSON (not JSON whitespace)", text("\f{}")],
  ["a non-breaking space before JSON", text("\u00a0{}")],
  ["a UTF-16 byte order mark", Uint8Array.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])],
];

describe("parseJsonBytes", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(CASES)("gives what decoding and parsing gives: %s", (_, bytes) => {
    expect(parseJsonBytes(bytes)).toEqual(decodedThenParsed(bytes));
  });

  it("neither decodes nor parses a body that cannot be JSON (a download), but does parse one that can", () => {
    const parse = vi.spyOn(JSON, "parse");
    expect(parseJsonBytes(TIFF)).toEqual({ ok: false });
    expect(parse).not.toHaveBeenCalled();
    expect(parseJsonBytes(text("[]"))).toEqual({ ok: true, value: [] });
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
