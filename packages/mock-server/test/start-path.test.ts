import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** What `jobkit-mock` imports before it listens: the CLI and the modules its `loadServer()` imports. */
const START = [
  "cli.ts",
  "create-mock-server.ts",
  "internal/answer-client-error.ts",
  "internal/bodiless-response.ts",
  "ready-document.ts",
];

/** The packages `file` and the modules it statically imports load at run time (`import type` left out). */
function packagesLoaded(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, specifier] of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)) {
    if (!specifier?.startsWith(".")) packages.add(specifier as string);
    else packagesLoaded(join(dirname(file), (specifier as string).replace(/\.js$/, ".ts")), seen, packages);
  }
  return packages;
}

describe("the start path of jobkit-mock", () => {
  it("loads only @jobkit/spec/facts of the contract, and none of the modules loaded at first need", () => {
    const loaded = new Set(START.flatMap((file) => [...packagesLoaded(join(src, file))]));
    const heavy = [
      "@jobkit/spec",
      "@jobkit/processes",
      "ajv",
      "geotiff",
      "fast-png",
      "proj4",
      "jose",
      "h5wasm",
    ].concat(
      ["jpeg-js", "csv-stringify", "hyparquet-writer"], // the CSV, GeoParquet and JPEG writers
    );

    expect(heavy.filter((name) => loaded.has(name))).toEqual([]);
    expect(loaded.has("@jobkit/spec/facts")).toBe(true);
  });

  it("leaves out the fault-injection middleware (loaded with the first fault)", () => {
    const seen = new Set<string>();
    for (const file of START) packagesLoaded(join(src, file), seen);
    expect(seen.has(join(src, "create-mock-server.ts"))).toBe(true);
    expect(seen.has(join(src, "faults/request-faults.ts"))).toBe(false);
  });
});
