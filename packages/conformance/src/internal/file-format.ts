import { SHA256_MULTIHASH_PREFIX, sha256Multihash } from "@jobkit/spec";

/**
 * Compares a `file:checksum` with the SHA-256 (hex) of the bytes. Only sha2-256 (`1220…`) can be verified.
 */
export function verifyChecksum(checksum: string, sha256Hex: string): { ok: boolean; message: string } {
  const normalised = checksum.toLowerCase();
  if (
    !normalised.startsWith(SHA256_MULTIHASH_PREFIX) ||
    normalised.length !== SHA256_MULTIHASH_PREFIX.length + 64
  ) {
    return {
      ok: false,
      message: `"${checksum}" is not a sha2-256 multihash (1220 followed by 64 hex digits)`,
    };
  }
  const actual = sha256Multihash(sha256Hex);
  return actual === normalised
    ? { ok: true, message: "sha2-256 matches" }
    : {
        ok: false,
        message: `file:checksum is ${normalised.slice(0, 16)}… but the bytes hash to ${actual.slice(0, 16)}…`,
      };
}

/** The media type without parameters, lower case: `image/tiff; application=geotiff` → `image/tiff`. */
export function baseMediaType(value: string | null | undefined): string {
  return (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

const GEO_KEY_DIRECTORY = 34735;
const MODEL_TIEPOINT = 33922;
const MODEL_TRANSFORMATION = 34264;

function tiffTags(bytes: Uint8Array): { tags: Set<number> } | string {
  if (bytes.length < 8) return "too short for a TIFF header";
  const order = String.fromCharCode(bytes[0] as number, bytes[1] as number);
  if (order !== "II" && order !== "MM") return "no TIFF byte-order mark (II or MM)";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = order === "II";
  const magic = view.getUint16(2, little);
  if (magic === 43) return { tags: bigTiffTags(view, little) };
  if (magic !== 42) return `TIFF magic number is ${magic}, expected 42 (or 43 for BigTIFF)`;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > bytes.length) return "the first image directory lies beyond the end of the file";
  const count = view.getUint16(ifd, little);
  if (ifd + 2 + count * 12 > bytes.length) return "the first image directory is cut off";
  const tags = new Set<number>();
  for (let index = 0; index < count; index += 1) tags.add(view.getUint16(ifd + 2 + index * 12, little));
  return { tags };
}

function bigTiffTags(view: DataView, little: boolean): Set<number> {
  const tags = new Set<number>();
  const ifd = Number(view.getBigUint64(8, little));
  if (ifd + 8 > view.byteLength) return tags;
  const count = Number(view.getBigUint64(ifd, little));
  for (let index = 0; index < count && ifd + 8 + index * 20 + 2 <= view.byteLength; index += 1) {
    tags.add(view.getUint16(ifd + 8 + index * 20, little));
  }
  return tags;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Whether the bytes are what the media type says. Known: TIFF/GeoTIFF (header, first directory, geo keys),
 * PNG (signature and IHDR), JSON and GeoJSON (parse), CSV and text (UTF-8). Other types are not judged.
 */
export function sniffFormat(
  bytes: Uint8Array,
  mediaType: string,
): { ok: boolean; message: string; judged: boolean } {
  const type = baseMediaType(mediaType);
  if (type === "image/tiff" || type === "image/geotiff") {
    const parsed = tiffTags(bytes);
    if (typeof parsed === "string") return { ok: false, judged: true, message: `not a TIFF: ${parsed}` };
    const geo = [GEO_KEY_DIRECTORY, MODEL_TIEPOINT, MODEL_TRANSFORMATION].some((tag) => parsed.tags.has(tag));
    const wantsGeo = /geotiff/i.test(mediaType);
    if (wantsGeo && !geo) {
      return {
        ok: false,
        judged: true,
        message: "a TIFF without GeoTIFF tags (no GeoKeyDirectory or tie point)",
      };
    }
    return { ok: true, judged: true, message: geo ? "a GeoTIFF with geo keys" : "a TIFF" };
  }
  if (type === "image/png") {
    const signature = PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
    if (!signature) return { ok: false, judged: true, message: "no PNG signature" };
    const ihdr = new TextDecoder().decode(bytes.subarray(12, 16));
    return ihdr === "IHDR"
      ? { ok: true, judged: true, message: "a PNG" }
      : { ok: false, judged: true, message: "a PNG signature without an IHDR chunk" };
  }
  if (type === "application/json" || type === "application/geo+json" || type.endsWith("+json")) {
    try {
      const value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
      if (
        type === "application/geo+json" &&
        (typeof value !== "object" || value === null || !("type" in value))
      ) {
        return { ok: false, judged: true, message: "JSON, but not GeoJSON (no type member)" };
      }
      return { ok: true, judged: true, message: "JSON that parses" };
    } catch (error) {
      return { ok: false, judged: true, message: `not JSON: ${(error as Error).message}` };
    }
  }
  if (type === "text/csv" || type === "text/plain") {
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return text.trim().length > 0
        ? { ok: true, judged: true, message: "UTF-8 text" }
        : { ok: false, judged: true, message: "empty text" };
    } catch {
      return { ok: false, judged: true, message: "not UTF-8 text" };
    }
  }
  return { ok: true, judged: false, message: `${type || "no type"} is not a format the kit can parse` };
}

/** The media type an openEO output format name stands for, when the kit knows it. */
export function mediaTypeOfFormat(format: string): string | undefined {
  const known: Record<string, string> = {
    gtiff: "image/tiff",
    geotiff: "image/tiff",
    png: "image/png",
    json: "application/json",
    geojson: "application/geo+json",
    csv: "text/csv",
  };
  return known[format.toLowerCase()];
}
