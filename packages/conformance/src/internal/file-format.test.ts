import { createHash } from "node:crypto";
import { sha256Multihash } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { baseMediaType, sniffFormat, verifyChecksum } from "./file-format.js";

/** A little-endian TIFF with one directory holding the given tags. */
function tiff(tags: number[]): Uint8Array {
  const bytes = new Uint8Array(8 + 2 + tags.length * 12 + 4);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49]);
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  view.setUint16(8, tags.length, true);
  for (const [index, tag] of tags.entries()) view.setUint16(10 + index * 12, tag, true);
  return bytes;
}

describe("sniffFormat", () => {
  it("accepts a GeoTIFF with a GeoKeyDirectory and refuses a plain TIFF declared as GeoTIFF", () => {
    expect(sniffFormat(tiff([256, 257, 34735]), "image/tiff; application=geotiff")).toMatchObject({
      ok: true,
      message: "a GeoTIFF with geo keys",
    });
    expect(sniffFormat(tiff([256, 257]), "image/tiff; application=geotiff")).toMatchObject({
      ok: false,
      judged: true,
    });
    expect(sniffFormat(tiff([256]), "image/tiff")).toMatchObject({ ok: true, message: "a TIFF" });
  });

  it("refuses bytes that are not a TIFF at all", () => {
    expect(sniffFormat(new TextEncoder().encode("{}"), "image/tiff").message).toBe(
      "not a TIFF: too short for a TIFF header",
    );
    expect(sniffFormat(new TextEncoder().encode('{"a": 1, "b": 2}'), "image/tiff").message).toBe(
      "not a TIFF: no TIFF byte-order mark (II or MM)",
    );
  });

  it("checks the PNG signature and IHDR", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(sniffFormat(png, "image/png").ok).toBe(true);
    expect(sniffFormat(png.slice(1), "image/png")).toMatchObject({ ok: false, message: "no PNG signature" });
  });

  it("parses JSON and GeoJSON, and leaves unknown types unjudged", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(sniffFormat(encode('{"type":"FeatureCollection","features":[]}'), "application/geo+json").ok).toBe(
      true,
    );
    expect(sniffFormat(encode("[1, 2]"), "application/geo+json").ok).toBe(false);
    expect(sniffFormat(encode("{nope"), "application/json").ok).toBe(false);
    expect(sniffFormat(encode("a,b\n1,2\n"), "text/csv").ok).toBe(true);
    expect(sniffFormat(encode("x"), "application/x-netcdf")).toMatchObject({ ok: true, judged: false });
  });
});

describe("checksums", () => {
  it("verifies a sha2-256 multihash and explains a mismatch", () => {
    const bytes = new TextEncoder().encode("jobkit");
    const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
    const checksum = sha256Multihash(sha256(bytes));
    expect(checksum).toMatch(/^1220[0-9a-f]{64}$/);
    expect(verifyChecksum(checksum.toUpperCase(), sha256(bytes)).ok).toBe(true);
    expect(verifyChecksum(checksum, sha256(new TextEncoder().encode("jobkiT"))).message).toMatch(
      /^file:checksum is 1220.* but the bytes hash to 1220/,
    );
    expect(verifyChecksum("d41d8cd98f00b204e9800998ecf8427e", sha256(bytes)).message).toMatch(
      /not a sha2-256 multihash/,
    );
  });

  it("compares media types without their parameters", () => {
    expect(baseMediaType("Image/TIFF; application=geotiff")).toBe("image/tiff");
    expect(baseMediaType(null)).toBe("");
  });
});
