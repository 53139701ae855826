import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConformanceUsageError } from "../errors.js";
import { loadMockServer, type MockServerModule } from "./load-mock-server.js";

// Modules in a folder outside the repository, where Node finds no node_modules with the mock in them.
let dir: string;
const moduleImporting = async (specifier: string) => {
  const file = join(dir, `imports-${specifier.replace(/\W/g, "-")}.mjs`);
  await writeFile(file, `export * from "${specifier}";\n`);
  return () => import(pathToFileURL(file).href) as Promise<MockServerModule>;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-no-mock-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadMockServer", () => {
  it("loads the installed mock", async () => {
    const { createMockServer } = await loadMockServer();
    expect(createMockServer({ timing: { mode: "virtual" } }).clock.now()).toBeTypeOf("number");
  });

  it("says what to do when the mock is not installed", async () => {
    const failure = await loadMockServer(await moduleImporting("@jobkit/mock-server")).catch((e) => e);
    expect(failure).toBeInstanceOf(ConformanceUsageError);
    expect(failure.message).toMatch(/no --url given.*@jobkit\/mock-server, which is not installed/);
    expect(failure.message).toContain("--url https://openeo.example");
    expect(failure.message).toContain("npm install --save-dev @jobkit/mock-server");
    expect(failure.cause).toMatchObject({ code: "ERR_MODULE_NOT_FOUND" });
  });

  it("passes on a missing module that is not the mock itself", async () => {
    const failure = await loadMockServer(await moduleImporting("jobkit-no-such-dependency")).catch((e) => e);
    expect(failure).not.toBeInstanceOf(ConformanceUsageError);
    expect(failure).toMatchObject({ code: "ERR_MODULE_NOT_FOUND" });
  });
});
