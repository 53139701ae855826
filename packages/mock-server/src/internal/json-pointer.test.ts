import { describe, expect, it } from "vitest";
import { removePointer, setPointer } from "./json-pointer.js";

describe("JSON pointers", () => {
  it("sets (creating parents) and removes values, with ~0/~1 escapes and array indexes", () => {
    const doc: Record<string, unknown> = { a: [1, 2, 3], "x/y": { "~": 1 } };
    setPointer(doc, "/b/c", true);
    setPointer(doc, "/a/-", 4);
    setPointer(doc, "/x~1y/~0", 2);
    removePointer(doc, "/a/0");
    removePointer(doc, "/missing/deep");
    expect(doc).toEqual({ a: [2, 3, 4], "x/y": { "~": 2 }, b: { c: true } });
    expect(setPointer(doc, "", "root")).toBe("root");
  });

  it("leaves arrays alone for tokens that are no index in them (no sparse giants, no splice at NaN)", () => {
    const doc = { a: [1, 2, 3] };
    setPointer(doc, "/a/999999999", 9);
    setPointer(doc, "/a/x", 9);
    setPointer(doc, "/a/01", 9);
    removePointer(doc, "/a/x");
    removePointer(doc, "/a/3");
    expect(doc).toEqual({ a: [1, 2, 3] });
    setPointer(doc, "/a/3", 4);
    expect(doc.a).toEqual([1, 2, 3, 4]);
  });

  it("refuses pointers through prototype keys", () => {
    expect(() => setPointer({}, "/__proto__/polluted", 1)).toThrow(/forbidden key/);
    expect(() => removePointer({}, "/constructor")).toThrow(/forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
