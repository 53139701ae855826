import { describe, expect, it } from "vitest";
import { createProcessRegistry, definitions } from "../src/index.js";
import { implementations } from "../src/library/implementations.js";

describe("the process registry", () => {
  it("pairs every implementation with an official definition", () => {
    const ids = new Set(definitions.map((definition) => definition.id));
    for (const implementation of implementations) expect(ids, implementation.id).toContain(implementation.id);
  });

  it("has one implementation per process", () => {
    const ids = implementations.map((implementation) => implementation.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists only implemented processes, each with a summary of one line and its documentation", () => {
    for (const entry of createProcessRegistry().list()) {
      expect(entry.summary).toMatch(/^[^\n]{10,120}$/);
      expect(entry.documentation).toBe(`https://processes.openeo.org/2.0.0-rc.2/#${entry.id}`);
    }
  });

  it("has every process of the reference folder in the registry", () => {
    const registry = createProcessRegistry();
    const missing = definitions.map((definition) => definition.id).filter((id) => !registry.get(id));
    expect(missing, `not in the registry (${missing.length}): ${missing.join(", ")}`).toEqual([]);
  });

  it("knows the 118 stable and 37 experimental official processes", () => {
    expect(definitions.filter((definition) => !definition.experimental)).toHaveLength(118);
    expect(definitions.filter((definition) => definition.experimental)).toHaveLength(37);
  });
});
