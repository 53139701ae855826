import { readFile, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

/** A local directory that answers for the namespace URLs under `prefix` (`--mirror-process-url PREFIX=DIR`). */
export interface ProcessUrlMirror {
  /** An http(s) URL prefix, under or over an allowed one (`--allow-process-url`). */
  readonly prefix: string;
  /** The absolute path of the directory: the URL's rest after `prefix` is the file's path in it. */
  readonly directory: string;
}

/** The mirror of `url`: the one with the longest prefix it starts with, if any. */
export function mirrorOf(url: string, mirrors: readonly ProcessUrlMirror[]): ProcessUrlMirror | undefined {
  return mirrors
    .filter(({ prefix }) => url.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/**
 * The file of `mirror.directory` that answers for `url`: its rest after the prefix, query and fragment left out,
 * one path segment per `/`, each percent-decoded. Undefined when a segment is empty, `.` or `..`, or holds a
 * separator: such a URL names no file inside the directory.
 */
function mirroredPath(url: string, mirror: ProcessUrlMirror): string | undefined {
  const rest = url.slice(mirror.prefix.length).replace(/[?#].*$/s, "");
  let segments: string[];
  try {
    segments = rest.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  if (segments.some((s) => s === "" || s === "." || s === ".." || /[/\\\0]/.test(s))) return undefined;
  const path = join(mirror.directory, ...segments);
  return path.startsWith(resolve(mirror.directory) + sep) ? path : undefined;
}

/**
 * The text of the file that answers for `url` in `mirror`, at most `maxBytes` long; nothing is fetched.
 * `refuse(why)` makes the error for a URL that names no file of the directory, a file that is missing or is no
 * regular file, and one larger than `maxBytes`.
 */
export async function readMirrored(
  url: string,
  mirror: ProcessUrlMirror,
  maxBytes: number,
  refuse: (why: string) => Error,
): Promise<string> {
  const where = `its mirror ${mirror.directory} (--mirror-process-url ${mirror.prefix}=…)`;
  const path = mirroredPath(url, mirror);
  if (path === undefined) throw refuse(`its path after ${mirror.prefix} names no file of ${where}.`);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw refuse(`${where} has no file ${path}.`);
  if (info.size > maxBytes) throw refuse(`its definition is larger than ${maxBytes} bytes.`);
  return readFile(path, "utf8").catch((error: Error) => {
    throw refuse(`${where}: ${path} cannot be read (${error.message}).`);
  });
}
