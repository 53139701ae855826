import { baseMediaType } from "./file-format.js";

/** `ustar` at byte 257 of the first header: POSIX (`ustar\0`) and GNU (`ustar `) tar. */
function isTar(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(257, 262)) === "ustar";
}

/** A local file header, or the end record of an empty archive. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * The archives a synchronous result of several files may come in: openEO RECOMMENDS tar (`application/x-tar`)
 * and asks for the format's own media type only "if the response contains a single file".
 */
const ARCHIVES: Readonly<Record<string, { name: string; matches: (bytes: Uint8Array) => boolean }>> = {
  "application/x-tar": { name: "tar", matches: isTar },
  "application/tar": { name: "tar", matches: isTar },
  "application/zip": { name: "ZIP", matches: isZip },
};

/** Whether the media type is one of an archive of several files. */
export function isArchiveType(mediaType: string | null | undefined): boolean {
  return baseMediaType(mediaType) in ARCHIVES;
}

/** Whether the bytes are the archive the media type names (the files inside are not judged). */
export function sniffArchive(bytes: Uint8Array, mediaType: string): { ok: boolean; message: string } {
  const archive = ARCHIVES[baseMediaType(mediaType)];
  if (!archive)
    return { ok: false, message: `${baseMediaType(mediaType) || "no type"} is not an archive type` };
  return archive.matches(bytes)
    ? { ok: true, message: `a ${archive.name} archive of several files (the files inside are not judged)` }
    : { ok: false, message: `declared ${baseMediaType(mediaType)}, but not a ${archive.name} archive` };
}
