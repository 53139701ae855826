import { type FileHandle, open, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { JobkitClientError } from "../errors.js";
import type { StoredLogin } from "./token-store.js";

/** Permission bits that make a token file unsafe (any access by group or others) and a folder (writing). */
const LOOSE_FILE = 0o077;
const LOOSE_FOLDER = 0o022;

/**
 * Reads the token file, `{}` when it does not exist. Refused with `TokenStoreUnsafe`: a folder that other
 * users may write to, a file they may read or write, either owned by another user (POSIX only). Refused with
 * `TokenFileInvalid`: a file that cannot be read, is not JSON, or is not an object of `{ providerId,
 * refreshToken, clientId? }` by back-end URL. Errors name the file or folder and say what to do.
 */
export async function readTokenFile(file: string): Promise<Record<string, StoredLogin>> {
  await checkPrivate(dirname(file), "folder", LOOSE_FOLDER, "chmod 700");
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw invalid(file, `cannot be opened (${(error as Error).message})`, error);
  }
  try {
    await checkPrivate(file, "file", LOOSE_FILE, "chmod 600", await handle.stat());
    return parseLogins(file, await handle.readFile("utf8"));
  } catch (error) {
    if (error instanceof JobkitClientError) throw error;
    throw invalid(file, `cannot be read (${(error as Error).message})`, error);
  } finally {
    await handle.close();
  }
}

/** The logins of the file's text, each checked; `TokenFileInvalid` says which part is wrong. */
function parseLogins(file: string, text: string): Record<string, StoredLogin> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(file, `is not valid JSON (${(error as Error).message})`, error);
  }
  if (!isRecord(parsed)) throw invalid(file, "is not a JSON object of logins by back-end URL");
  for (const [url, login] of Object.entries(parsed)) {
    const ok =
      isRecord(login) &&
      typeof login.providerId === "string" &&
      typeof login.refreshToken === "string" &&
      (login.clientId === undefined || typeof login.clientId === "string");
    if (!ok)
      throw invalid(
        file,
        `has an entry for ${JSON.stringify(url)} that is not { providerId, refreshToken, clientId? } of strings`,
      );
  }
  return parsed as Record<string, StoredLogin>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(file: string, what: string, cause?: unknown): JobkitClientError {
  return new JobkitClientError(
    "TokenFileInvalid",
    `the token file ${file} ${what}; nothing was changed. Fix it, or delete it and sign in again (jobkit login --oidc-device)`,
    { cause },
  );
}

/**
 * Throws `TokenStoreUnsafe` when `path` (stat'ed unless `stats` are given; absent is fine) has any of the
 * `loose` permission bits or belongs to another user. Not checked on Windows, which has no such bits.
 */
async function checkPrivate(
  path: string,
  what: "file" | "folder",
  loose: number,
  fix: string,
  stats?: { mode: number; uid: number },
): Promise<void> {
  if (process.platform === "win32") return;
  const found = stats ?? (await stat(path).catch(() => undefined));
  if (!found) return;
  const uid = process.getuid?.();
  const problem =
    uid !== undefined && found.uid !== uid
      ? `belongs to another user (uid ${found.uid})`
      : (found.mode & loose) !== 0
        ? `is open to other users (mode ${(found.mode & 0o777).toString(8).padStart(4, "0")})`
        : undefined;
  if (problem === undefined) return;
  throw new JobkitClientError(
    "TokenStoreUnsafe",
    `the token ${what} ${path} ${problem}, so the refresh tokens in it may have been read or replaced; jobkit will not use it. Check it, then run \`${fix} ${path}\``,
  );
}
