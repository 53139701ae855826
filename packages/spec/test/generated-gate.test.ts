import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
let copy = "";

/** Runs `check:generated` on a copy of the package (inside it, so that node_modules resolve), never on the real files. */
async function checkGenerated(): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ["--import", "tsx", join(copy, "scripts/generate.ts"), "--check"], {
      cwd: copy,
    });
    return { code: 0, stderr: "" };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe("the generated-files gate", () => {
  beforeAll(async () => {
    copy = await mkdtemp(join(packageDir, ".gate-"));
    for (const part of ["openapi.yaml", "scripts", "src/generated", "src/versions"])
      await cp(join(packageDir, part), join(copy, part), { recursive: true });
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it("passes when the generated files match openapi.yaml", async () => {
    expect(await checkGenerated()).toEqual({ code: 0, stderr: "" });
  }, 120_000); // a budget: it runs the generator twice, slow on a loaded CI machine

  it("fails when openapi.yaml changed without regeneration", async () => {
    const specPath = join(copy, "openapi.yaml");
    const spec = await readFile(specPath, "utf8");
    await writeFile(
      specPath,
      spec.replace("enum: [error, warning, info, debug]", "enum: [error, warning, info, debug, trace]"),
    );
    const result = await checkGenerated();
    await writeFile(specPath, spec);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Generated files are stale");
    expect(result.stderr).toContain("src/generated/openapi.ts");
  }, 120_000); // a budget: it runs the generator twice, slow on a loaded CI machine

  it("fails when the 1.2.0 patch changed without regeneration, naming the 1.2.0 types", async () => {
    const patchPath = join(copy, "src/versions/api-1.2.0.ts");
    const patch = await readFile(patchPath, "utf8");
    await writeFile(patchPath, patch.replace('value: ["1.2.0", "1.1.0"]', 'value: ["1.2.0"]'));
    const result = await checkGenerated();
    await writeFile(patchPath, patch);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("src/generated/openapi-1.2.0.ts");
    expect(result.stderr).not.toContain("src/generated/openapi.ts");
  }, 120_000); // a budget: it runs the generator twice, slow on a loaded CI machine
});
