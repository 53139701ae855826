import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatTable, printable } from "./format.js";

describe("format", () => {
  it("formats bytes in binary units", () => {
    expect([0, 101.69491525423729, 1023, 1536, 1024 ** 3 * 1.25].map(formatBytes)).toEqual([
      "0 B",
      "102 B",
      "1023 B",
      "1.5 KiB",
      "1.3 GiB",
    ]);
  });
  it("formats durations", () => {
    expect([4200, 75_300, 3_725_000].map(formatDuration)).toEqual(["4.2s", "1m15s", "1h02m"]);
  });
  it("escapes control characters of server text, also in tables", () => {
    expect(printable("ok\x1b]0;pwned\x07\r\n")).toBe("ok\\x1b]0;pwned\\x07\\x0d\\x0a");
    expect(formatTable([["a\x1b[2J", "b"]])).toBe("a\\x1b[2J  b");
  });
  it("aligns table columns", () => {
    expect(
      formatTable([
        ["ID", "STATUS"],
        ["j-1", "finished"],
      ]),
    ).toBe("ID   STATUS\nj-1  finished");
  });
});
