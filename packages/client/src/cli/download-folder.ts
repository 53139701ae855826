import { statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { UsageError } from "./usage-error.js";

/** Kernel file systems whose files cannot hold downloads (writing there may hang on a Node bug). */
const PSEUDO = ["/proc", "/sys", "/dev"];

/** `dir` if downloads can go there (absent or a folder, not under /proc, /sys or /dev); else a {@link UsageError}. */
export function downloadFolder(dir: string): string {
  const path = resolve(dir);
  if (PSEUDO.some((root) => path === root || path.startsWith(`${root}${sep}`)))
    throw new UsageError(`cannot download into ${path}: it is a kernel file system; give a folder on disk`);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory())
    throw new UsageError(`cannot download into ${dir}: it is a file, not a folder`);
  return dir;
}
