import { describe, expect, it } from "vitest";
import { MockOptionsError } from "../mock-error.js";
import { byteSize } from "./byte-size.js";

describe("byteSize", () => {
  it("reads bare bytes and binary units", () => {
    expect(byteSize("16MiB", "max-body")).toBe(16 * 1024 * 1024);
    expect(byteSize("512KiB", "max-body")).toBe(512 * 1024);
    expect(byteSize("1.5KiB", "max-body")).toBe(1536);
    expect(byteSize("1GiB", "max-body")).toBe(1024 ** 3);
    expect(byteSize("2048", "max-body")).toBe(2048);
    expect(byteSize("100B", "max-body")).toBe(100);
    expect(byteSize(undefined, "max-body")).toBeUndefined();
  });

  it("refuses anything else, naming the flag", () => {
    for (const bad of ["", "16MB", "16 mib", "-1", "1e3", "KiB", "99999999999999999999"])
      expect(() => byteSize(bad, "max-body"), bad).toThrow(
        new MockOptionsError(
          `--max-body needs a size such as 512KiB, 16MiB or 1GiB (a bare number is bytes), got "${bad}".`,
        ),
      );
  });
});
