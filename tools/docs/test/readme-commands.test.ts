/** The commands the READMEs give run as written (at the repository root, against a CLI-started mock). */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOGUE } from "@jobkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/repo-root.js";
import { run, startMock } from "./processes.js";

const README_URL = "http://127.0.0.1:8080";
let stopMock: (() => void) | undefined;
afterEach(() => stopMock?.());

/** The README's command that starts with `prefix`, joined over `\` line ends, as argv with the mock's URL. */
function commandIn(readme: string, prefix: string, url: string): string[] {
  const text = readFileSync(`${REPO_ROOT}${readme}`, "utf8");
  const start = text.indexOf(prefix);
  if (start < 0) throw new Error(`${readme} has no command starting with ${prefix}`);
  const lines: string[] = [];
  for (const line of text.slice(start).split("\n")) {
    lines.push(line.replace(/\\$/, ""));
    if (!line.endsWith("\\")) break;
  }
  return lines
    .join(" ")
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => (word === README_URL ? url : word));
}

describe("README commands", () => {
  it("the client README's first command creates a job from examples/process.json", async () => {
    const mock = await startMock();
    stopMock = mock.stop;
    const argv = commandIn("packages/client/README.md", "npx --no-install jobkit --url", mock.url);
    expect(argv).toContain("examples/process.json");
    const result = await run(argv, 30_000);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\w-]+\n$/);
  });

  it("the root README's conformance run skips exactly the checks the README names", async () => {
    const mock = await startMock();
    stopMock = mock.stop;
    const folder = mkdtempSync(join(tmpdir(), "jobkit-docs-"));
    try {
      const report = join(folder, "run.json");
      const argv = commandIn("README.md", "npx --no-install jobkit-conformance --url", mock.url);
      const result = await run([...argv, "--reporter", `json=${report}`], 120_000);
      expect(result.code).toBe(0);
      const checks = (
        JSON.parse(readFileSync(report, "utf8")) as { checks: { id: string; status: string }[] }
      ).checks;
      const skipped = checks.filter((check) => check.status !== "pass").map((check) => check.id);
      const readme = readFileSync(`${REPO_ROOT}README.md`, "utf8");
      const named = /checks run but \w+, [^:]*: ([^(]*)\(/.exec(readme)?.[1] ?? "";
      expect([...named.matchAll(/`([\w.-]+)`/g)].map((match) => match[1]).sort()).toEqual(skipped.sort());
      expect(checks).toHaveLength(CATALOGUE.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 150_000);
});
