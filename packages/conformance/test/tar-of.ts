import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A real tar archive of one file, made by the system's tar. */
export function tarOf(name: string, content: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const dir = mkdtempSync(join(tmpdir(), "jobkit-tar-"));
  try {
    writeFileSync(join(dir, name), content);
    return Uint8Array.from(execFileSync("tar", ["-cf", "-", "-C", dir, name]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
