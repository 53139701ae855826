import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the interop package, whose venv holds the Python readers. */
export const interopDir = fileURLToPath(new URL("../../../interop/", import.meta.url));

/** The Python of `interop/.venv` (made by `npm run interop -w @jobkit/interop -- python`). */
export const interopPython = join(interopDir, ".venv", "bin", "python");

/**
 * Set by `.ci/run` once the interop venv exists: a test that needs the Python readers then fails when they are
 * missing, instead of skipping as it does in `npm test` on a fresh machine (which runs before the venv is made).
 */
export const pythonReadersRequired = process.env.JOBKIT_PYTHON_READERS === "required";

/** Why the venv cannot run `modules` (`["xarray", "netCDF4"]`), or undefined when it can. */
export function missingPythonModules(modules: readonly string[]): string | undefined {
  if (!existsSync(interopPython))
    return "interop/.venv is not there (npm run interop -w @jobkit/interop -- python creates it)";
  const imported = spawnSync(interopPython, ["-c", `import ${modules.join(", ")}`], { timeout: 60_000 });
  return imported.status === 0
    ? undefined
    : `interop/.venv lacks ${modules.join(", ")} (interop/python/requirements.txt installs them)`;
}

/**
 * Runs a Python `script` of the venv on `bytes` written to a file `name` (its path is the script's `sys.argv[1]`);
 * the JSON lines it prints, parsed. Throws with its stderr when it fails.
 */
export function pythonJsonLines(script: string, bytes: Uint8Array, name: string): unknown[] {
  const folder = mkdtempSync(join(tmpdir(), "jobkit-python-read-"));
  try {
    writeFileSync(join(folder, name), bytes);
    const run = spawnSync(interopPython, ["-c", script, join(folder, name)], {
      encoding: "utf8",
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`python exited with ${run.status}: ${run.stderr}`);
    return run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
