import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensurePythonEnv, PythonEnvError } from "./python-env.js";

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "jobkit-interop-env-"));
  const requirementsFile = join(dir, "requirements.txt");
  writeFileSync(requirementsFile, "openeo==0.53.0\n");
  return { dir, requirementsFile, venvDir: join(dir, ".venv") };
}

describe("ensurePythonEnv", () => {
  it("fails loudly when the environment cannot be created", () => {
    const { requirementsFile, venvDir } = setup();
    expect(() => ensurePythonEnv({ venvDir, requirementsFile, python: "/nonexistent/python3" })).toThrow(
      PythonEnvError,
    );
  });

  it("fails loudly when pip cannot install the requirements", () => {
    const { requirementsFile, venvDir } = setup();
    mkdirSync(join(venvDir, "bin"), { recursive: true });
    const fakePython = join(venvDir, "bin", "python");
    writeFileSync(fakePython, "#!/bin/sh\necho 'No matching distribution found for openeo' >&2\nexit 1\n");
    chmodSync(fakePython, 0o755);
    expect(() => ensurePythonEnv({ venvDir, requirementsFile })).toThrow(/No matching distribution found/);
  });

  it("does not reinstall when the environment matches the requirements", () => {
    const { requirementsFile, venvDir } = setup();
    mkdirSync(join(venvDir, "bin"), { recursive: true });
    const fakePython = join(venvDir, "bin", "python");
    writeFileSync(fakePython, "#!/bin/sh\nexit 1\n");
    chmodSync(fakePython, 0o755);
    const hash = createHash("sha256").update("openeo==0.53.0\n").digest("hex");
    writeFileSync(join(venvDir, ".jobkit-requirements.sha256"), `${hash}\n`);
    expect(ensurePythonEnv({ venvDir, requirementsFile })).toBe(fakePython);
  });
});
