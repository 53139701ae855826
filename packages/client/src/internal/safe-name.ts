import { JobkitClientError } from "../errors.js";
import { fileNameBytes, NAME_MAX_BYTES } from "./file-name-bytes.js";

/**
 * Checks that an asset name is a relative path that stays inside the target folder and returns its
 * segments. Refused: empty names, NUL and control characters, absolute paths (`/x`, `\x`), drive letters
 * (`C:`), `.`/`..`/empty segments, with `/` and `\` both taken as separators, and segments longer than a
 * file name may be (255 bytes of UTF-8).
 */
export function safeSegments(name: string): string[] {
  const refuse = (why: string): never => {
    throw new JobkitClientError(
      "UnsafeAssetName",
      `refusing asset name ${JSON.stringify(name)}: ${why}; nothing was downloaded. Download it with downloadAsset(asset, path) under a name you choose.`,
    );
  };
  if (name === "") refuse("it is empty");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f]/.test(name)) refuse("it contains NUL or control characters");
  if (/^[a-zA-Z]:/.test(name)) refuse("it starts with a drive letter");
  if (/^[/\\]/.test(name)) refuse("it is an absolute path");
  const segments = name.split(/[/\\]/);
  if (segments.some((segment) => segment === "" || segment === "." || segment === ".."))
    refuse("it has an empty, `.` or `..` path segment");
  const long = segments.find((segment) => fileNameBytes(segment) > NAME_MAX_BYTES);
  if (long !== undefined)
    refuse(
      `a path segment is ${fileNameBytes(long)} bytes long (UTF-8), more than the ${NAME_MAX_BYTES} bytes a file name may have`,
    );
  return segments;
}
