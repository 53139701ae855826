import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as facts from "../src/facts.js";
import * as root from "../src/index.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** Every module `file` loads at run time (type-only imports and exports left out), itself included. */
function runtimeGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, specifier] of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)) {
    if (!specifier?.startsWith(".")) seen.add(specifier as string);
    else runtimeGraph(join(dirname(file), (specifier as string).replace(/\.js$/, ".ts")), seen);
  }
  return seen;
}

describe("@jobkit/spec/facts", () => {
  it("loads no OpenAPI document, no Ajv and no other package", () => {
    const loaded = [...runtimeGraph(join(src, "facts.ts"))].map((file) => file.replace(src, ""));
    expect(loaded.filter((file) => !/^[\w-]+\.ts$/.test(file))).toEqual([]);
    expect(loaded).not.toContain("openapi-documents.ts");
    expect(loaded).not.toContain("schema-validator.ts");
  });

  it("exports the same values as the root entry", () => {
    for (const [name, value] of Object.entries(facts))
      expect(root[name as keyof typeof root], name).toBe(value);
  });
});
