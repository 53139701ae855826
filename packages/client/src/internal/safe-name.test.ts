import { describe, expect, it } from "vitest";
import { safeSegments } from "./safe-name.js";

describe("safeSegments", () => {
  it.each([
    ["result.tiff", ["result.tiff"]],
    ["sub/dir/result.tiff", ["sub", "dir", "result.tiff"]],
    ["..result", ["..result"]],
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
  ])("refuses %j", (name, why) => {
    expect(() => safeSegments(name)).toThrow(expect.objectContaining({ code: "UnsafeAssetName" }));
    expect(() => safeSegments(name)).toThrow(why);
  });
});
