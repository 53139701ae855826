import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The Python virtual environment could not be created or its requirements not installed. */
export class PythonEnvError extends Error {
  readonly code = "PYTHON_ENV_FAILED";
  constructor(message: string) {
    super(message);
    this.name = "PythonEnvError";
  }
}

export interface PythonEnvOptions {
  /** Folder of the virtual environment, e.g. interop/.venv */
  venvDir: string;
  /** The pinned requirements file installed into it. */
  requirementsFile: string;
  /** The interpreter that creates the environment. */
  python?: string;
  log?: (line: string) => void;
}

/** Stamp inside the venv: the hash of the requirements it was installed from. */
export const STAMP = ".jobkit-requirements.sha256";

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new PythonEnvError(
      `interop: ${what} failed (${command} ${args.join(" ")}, exit ${result.status}).\n${detail}\n` +
        "The Python flow needs python3 with venv and pip reaching the package index.",
    );
  }
}

/**
 * Creates the virtual environment if missing and installs the pinned requirements when they changed
 * since the last install; returns the environment's python. Throws PythonEnvError, never skips.
 *
 * @example
 * const python = ensurePythonEnv({ venvDir: "interop/.venv", requirementsFile: "interop/python/requirements.txt" });
 */
export function ensurePythonEnv(options: PythonEnvOptions): string {
  const { venvDir, requirementsFile, python = "python3", log = () => {} } = options;
  const venvPython = join(venvDir, "bin", "python");
  if (!existsSync(venvPython)) {
    log(`interop: creating ${venvDir} with ${python} -m venv`);
    run(python, ["-m", "venv", venvDir], "creating the Python virtual environment");
  }
  const wanted = createHash("sha256").update(readFileSync(requirementsFile)).digest("hex");
  const stampFile = join(venvDir, STAMP);
  if (!existsSync(stampFile) || readFileSync(stampFile, "utf8").trim() !== wanted) {
    log(`interop: pip install -r ${requirementsFile}`);
    run(
      venvPython,
      ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirementsFile],
      "installing the pinned Python requirements",
    );
    writeFileSync(stampFile, `${wanted}\n`);
  }
  return venvPython;
}
