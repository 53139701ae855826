import { describe, expect, it } from "vitest";
import { tarOf } from "../../test/tar-of.js";
import { isArchiveType, sniffArchive } from "./archive-format.js";

/** The end-of-central-directory record alone: an empty ZIP archive. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

describe("archive formats", () => {
  it("knows tar and ZIP by media type, parameters aside", () => {
    expect(
      ["application/x-tar", "application/tar; charset=binary", "application/zip"].map(isArchiveType),
    ).toEqual([true, true, true]);
    expect(["image/tiff", "application/octet-stream", null].map(isArchiveType)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("recognises a real tar and a ZIP, and says when the bytes are not the declared archive", () => {
    expect(sniffArchive(tarOf("result.tif", "II*\0"), "application/x-tar")).toEqual({
      ok: true,
      message: "a tar archive of several files (the files inside are not judged)",
    });
    expect(sniffArchive(EMPTY_ZIP, "application/zip").ok).toBe(true);
    expect(sniffArchive(new TextEncoder().encode("II*\0"), "application/x-tar")).toEqual({
      ok: false,
      message: "declared application/x-tar, but not a tar archive",
    });
  });
});
