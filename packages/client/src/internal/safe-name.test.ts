import { describe, expect, it } from "vitest";
import { safeSegments } from "./safe-name.js";

describe("safeSegments", () => {
  it.each([
    ["result.tiff", ["result.tiff"]],
    ["sub/dir/result.tiff", ["sub", "dir", "result.tiff"]],
    ["..result", ["..result"]],
    [`${"é".repeat(127)}x`, [`${"é".repeat(127)}x`]],
  ])("accepts %j", (name, segments) => expect(safeSegments(name)).toEqual(segments));

  it.each([
    ["", "empty"],
    ["../evil.tif", "`..`"],
    ["a/../../evil", "`..`"],
    ["..\\evil.tif", "`..`"],
    ["/etc/passwd", "absolute"],
    ["\\\\server\\share", "absolute"],
    ["C:\\evil.tif", "drive letter"],
    ["c:evil", "drive letter"],
    ["evil\u0000.tif", "NUL"],
    ["a//b", "empty"],
    ["./a", "`.`"],
    ["é".repeat(128), "256 bytes long (UTF-8), more than the 255 bytes"],
    [`a/${"b".repeat(256)}/c`, "256 bytes long"],
  ])("refuses %j", (name, why) => {
    expect(() => safeSegments(name)).toThrow(expect.objectContaining({ code: "UnsafeAssetName" }));
    expect(() => safeSegments(name)).toThrow(why);
  });
});
