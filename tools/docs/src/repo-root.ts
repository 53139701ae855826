import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's root folder (with a trailing slash). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The `version` of the package.json in `folder` (relative to the repository root). */
export function packageVersionIn(folder: string): string {
  const file = `${REPO_ROOT}${folder}/package.json`;
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}
