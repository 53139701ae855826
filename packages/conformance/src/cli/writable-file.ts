import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { ConformanceUsageError } from "../errors.js";

/** Kernel file systems, where a report is no file one can keep. */
const PSEUDO = ["/proc", "/sys", "/dev"];

/**
 * `file` if a report can be written there: its folder exists and is writable, it is no folder itself, and it is
 * not under /proc, /sys or /dev. Checked before the run, so that a long run does not end in ENOENT and lose its report.
 */
export function writableFile(file: string, flag: string): string {
  const path = resolve(file);
  if (PSEUDO.some((root) => path.startsWith(`${root}${sep}`)))
    throw new ConformanceUsageError(
      `${flag} ${file}: a kernel file system holds no report; give a file on disk.`,
    );
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new ConformanceUsageError(`${flag} ${file} is a folder; give a file name.`);
  if (!statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory())
    throw new ConformanceUsageError(
      `${flag} ${file}: the folder ${dirname(path)} does not exist; create it first (mkdir -p ${dirname(path)}).`,
    );
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw new ConformanceUsageError(`${flag} ${file}: the folder ${dirname(path)} is not writable.`, {
      cause: error,
    });
  }
  return file;
}
