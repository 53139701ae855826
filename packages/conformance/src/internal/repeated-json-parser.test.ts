import { describe, expect, it } from "vitest";
import { repeatedJsonParser } from "./repeated-json-parser.js";

/** A JSON list of `count` objects, well over the size from which bodies are compared. */
const large = (count: number, id = "p") =>
  new TextEncoder().encode(
    JSON.stringify({ processes: Array.from({ length: count }, (_, i) => ({ id: `${id}${i}` })) }),
  );

describe("repeatedJsonParser", () => {
  it("parses a large body once when the next large body has the same bytes, and each new one anew", () => {
    const parse = repeatedJsonParser();
    const first = parse(large(5000));
    const again = parse(large(5000));
    expect(first).toEqual({ ok: true, value: expect.objectContaining({ processes: expect.any(Array) }) });
    expect(again).toBe(first);
    const other = parse(large(5000, "q"));
    expect(other).not.toBe(first);
    expect(other).toEqual({ ok: true, value: JSON.parse(new TextDecoder().decode(large(5000, "q"))) });
  });

  it("keeps the last large JSON body across large bodies that are not JSON (downloads)", () => {
    const parse = repeatedJsonParser();
    const first = parse(large(5000));
    expect(parse(new Uint8Array(200_000).fill(0x49))).toEqual({ ok: false });
    expect(parse(large(5000))).toBe(first);
  });

  it("parses small bodies every time, and refuses what is not JSON as before", () => {
    const parse = repeatedJsonParser();
    const small = new TextEncoder().encode('{"a":1}');
    expect(parse(small)).not.toBe(parse(small));
    const notJson = new Uint8Array(100_000).fill(0x49);
    expect(parse(notJson)).toEqual({ ok: false });
    expect(parse(notJson)).toEqual({ ok: false });
  });
});
