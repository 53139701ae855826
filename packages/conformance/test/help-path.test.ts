import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const KIT_CLI = new URL("../src/cli.ts", import.meta.url).pathname;

/** A module hook that prints every module the process resolves, one `LOADED <url>` line each, on stderr. */
const LOG_LOADS = `data:text/javascript,${encodeURIComponent(
  `import { register } from "node:module";
   register("data:text/javascript," + encodeURIComponent(
     "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\\\n'); return r; }"));`,
)}`;

function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", LOG_LOADS, KIT_CLI, ...args], {
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr.split("\n").filter((line) => line.startsWith("LOADED "));
}

describe("what jobkit-conformance loads for --help and --version", () => {
  it.each([["--help"], ["--version"]])("%s loads no check, reporter, client or contract document", (flag) => {
    const loaded = modulesLoadedBy([flag]);
    expect(loaded.some((url) => url.includes("/src/cli.ts"))).toBe(true);
    const heavy = [
      "/catalogue.",
      "/run-conformance.",
      "/judges/",
      "/reporters/",
      "/spec/dist/index.",
      "/ajv/",
    ];
    expect(loaded.filter((url) => heavy.some((part) => url.includes(part)))).toEqual([]);
  });

  it("--list loads the catalogue", () => {
    expect(modulesLoadedBy(["--list"]).some((url) => url.includes("/catalogue."))).toBe(true);
  });
});
