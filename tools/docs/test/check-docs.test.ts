/** check:docs passes on the repository as committed and fails on a deliberately stale copy of it. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { docsProblems, writeDocs } from "../src/check-docs.js";
import { docFiles } from "../src/doc-files.js";
import { GENERATED_FILES } from "../src/generated-files.js";
import { REPO_ROOT } from "../src/repo-root.js";
import { run } from "./processes.js";

let copy: string;

/** Copies the READMEs and generated files into a fresh folder laid out as the repository. */
beforeEach(() => {
  copy = `${mkdtempSync(join(tmpdir(), "jobkit-docs-"))}/`;
  for (const file of [...docFiles(REPO_ROOT), ...GENERATED_FILES.map((generated) => generated.path)]) {
    mkdirSync(dirname(`${copy}${file}`), { recursive: true });
    copyFileSync(`${REPO_ROOT}${file}`, `${copy}${file}`);
  }
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(`${copy}${file}`, "utf8");
  expect(text).toContain(from);
  writeFileSync(`${copy}${file}`, text.replace(from, to));
}

describe("check:docs", () => {
  it("finds nothing stale in the repository (else: npm run docs)", () => {
    expect(docsProblems(REPO_ROOT)).toEqual([]);
  });

  it("fails on a README whose check count is stale, and npm run docs repairs it", async () => {
    const count = /<!-- jobkit:figure check-count -->(\d+)</.exec(
      readFileSync(`${copy}README.md`, "utf8"),
    )?.[1];
    edit("README.md", `<!-- jobkit:figure check-count -->${count}<`, "<!-- jobkit:figure check-count -->86<");
    expect(docsProblems(copy)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^README.md:\\d+: figure "check-count" is stale: the README says "86", the code gives "${count}"$`,
        ),
      ),
    ]);
    const check = await run(
      ["npx", "--no-install", "tsx", "tools/docs/src/cli.ts", "--check", "--root", copy],
      60_000,
    );
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('figure "check-count" is stale');
    writeDocs(copy);
    expect(docsProblems(copy)).toEqual([]);
  });

  it("fails on a stale version module, an unknown figure and a measured block without its command", () => {
    edit(
      "packages/mock-server/src/generated/package-version.ts",
      "PACKAGE_VERSION = ",
      'PACKAGE_VERSION = "9" ?? ',
    );
    edit(
      "examples/README.md",
      "# Examples",
      "# Examples <!-- jobkit:figure check-cout -->1<!-- /jobkit:figure -->",
    );
    const conformance = readFileSync(`${copy}packages/conformance/README.md`, "utf8");
    writeFileSync(
      `${copy}packages/conformance/README.md`,
      conformance.replace(
        /<!-- jobkit:measured self-test-time -->[\s\S]*?<!-- \/jobkit:measured -->/,
        "<!-- jobkit:measured self-test-time -->about 5 s<!-- /jobkit:measured -->",
      ),
    );
    expect(docsProblems(copy)).toEqual([
      expect.stringMatching(/^examples\/README.md:1: figure "check-cout" is unknown/),
      expect.stringMatching(
        /^packages\/conformance\/README.md:\d+: measured figure "self-test-time" is not well-formed/,
      ),
      "packages/mock-server/src/generated/package-version.ts is stale",
    ]);
  });
});
