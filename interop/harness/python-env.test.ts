import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensurePythonEnv, PythonEnvError, STAMP } from "./python-env.js";

const REQUIREMENTS = "openeo==0.53.0\n";
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with a requirements file and, optionally, a venv whose python is the given shell script. */
function setup(pythonScript?: string) {
  const dir = mkdtempSync(join(tmpdir(), "jobkit-interop-env-"));
  made.push(dir);
  const requirementsFile = join(dir, "requirements.txt");
  writeFileSync(requirementsFile, REQUIREMENTS);
  const venvDir = join(dir, ".venv");
  const venvPython = join(venvDir, "bin", "python");
  if (pythonScript !== undefined) {
    mkdirSync(join(venvDir, "bin"), { recursive: true });
    writeFileSync(venvPython, `#!/bin/sh\n${pythonScript}\n`);
    chmodSync(venvPython, 0o755);
  }
  return { dir, requirementsFile, venvDir, venvPython };
}

describe("ensurePythonEnv", () => {
  it("fails loudly when the environment cannot be created", () => {
    const { requirementsFile, venvDir } = setup();
    expect(() => ensurePythonEnv({ venvDir, requirementsFile, python: "/nonexistent/python3" })).toThrow(
      PythonEnvError,
    );
  });

  it("fails loudly when pip cannot install the requirements, and leaves no stamp", () => {
    const { requirementsFile, venvDir } = setup(
      "echo 'No matching distribution found for openeo' >&2; exit 1",
    );
    expect(() => ensurePythonEnv({ venvDir, requirementsFile })).toThrow(/No matching distribution found/);
    expect(existsSync(join(venvDir, STAMP))).toBe(false);
  });

  it("installs the requirements with pip and stamps the environment", () => {
    const { dir, requirementsFile, venvDir, venvPython } = setup('echo "$@" > "$(dirname "$0")/../../args"');
    expect(ensurePythonEnv({ venvDir, requirementsFile })).toBe(venvPython);
    expect(readFileSync(join(dir, "args"), "utf8")).toMatch(
      new RegExp(`^-m pip install .*-r ${requirementsFile}$`, "m"),
    );
    expect(readFileSync(join(venvDir, STAMP), "utf8").trim()).toBe(
      createHash("sha256").update(REQUIREMENTS).digest("hex"),
    );
  });

  it("does not reinstall when the environment matches the requirements", () => {
    const { requirementsFile, venvDir, venvPython } = setup("exit 1");
    writeFileSync(join(venvDir, STAMP), `${createHash("sha256").update(REQUIREMENTS).digest("hex")}\n`);
    expect(ensurePythonEnv({ venvDir, requirementsFile })).toBe(venvPython);
  });
});
