import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { readTokenFile } from "./read-token-file.js";

/** A refresh token stored by `jobkit login --oidc-device`, per back-end URL. */
export interface StoredLogin {
  providerId: string;
  clientId: string | undefined;
  refreshToken: string;
}

type Env = Record<string, string | undefined>;

/** The platform's per-user data folder for jobkit (XDG on Linux, Application Support on macOS, APPDATA on Windows). */
export function dataFolder(env: Env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, "jobkit");
  if (platform === "win32" && env.APPDATA) return join(env.APPDATA, "jobkit");
  if (platform === "darwin") return join(homedir(), "Library", "Application Support", "jobkit");
  return join(env.HOME || homedir(), ".local", "share", "jobkit");
}

/** The file of stored refresh tokens (mode 0600, in a folder no one else may write to). */
export function tokenFile(env: Env): string {
  return join(dataFolder(env), "refresh-tokens.json");
}

/** Writes the whole store to a temporary file created with mode 0600, then renames it into place. */
async function writeAll(file: string, logins: Record<string, StoredLogin>): Promise<void> {
  const folder = join(file, "..");
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (Object.keys(logins).length === 0) {
    await rm(file, { force: true });
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  // a stale temporary file of an earlier run would keep its mode: remove it, then create it afresh
  await rm(temporary, { force: true });
  await writeFile(temporary, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  await rename(temporary, file);
}

export async function loadLogin(env: Env, url: string): Promise<StoredLogin | undefined> {
  const logins = await readTokenFile(tokenFile(env));
  return Object.hasOwn(logins, url) ? logins[url] : undefined;
}

export async function saveLogin(env: Env, url: string, login: StoredLogin): Promise<void> {
  const file = tokenFile(env);
  const logins = await readTokenFile(file);
  logins[url] = login;
  await writeAll(file, logins);
}

/** Removes the login of `url`; false when there was none. */
export async function removeLogin(env: Env, url: string): Promise<boolean> {
  const file = tokenFile(env);
  const logins = await readTokenFile(file);
  if (!Object.hasOwn(logins, url)) return false;
  delete logins[url];
  await writeAll(file, logins);
  return true;
}
