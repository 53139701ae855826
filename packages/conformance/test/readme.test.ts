import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withTable } from "../scripts/catalogue-table.js";

describe("README.md", () => {
  it("carries the catalogue table as the code defines it (regenerate: npx tsx scripts/catalogue-table.ts --write)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toBe(withTable(readme));
  });
});
