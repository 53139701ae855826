import { JobkitClientError } from "../errors.js";

/**
 * Checks that an asset name is a relative path that stays inside the target folder and returns its
 * segments. Refused: empty names, NUL and control characters, absolute paths (`/x`, `\x`), drive letters
 * (`C:`), and `.`/`..`/empty segments, with `/` and `\` both taken as separators.
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
  return segments;
}
