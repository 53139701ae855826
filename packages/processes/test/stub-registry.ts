import { definitions, documentationOf, type ProcessEntry, ProcessRegistry } from "../src/index.js";

/** A registry of every official definition, each with a stub that returns `null`: for validation tests. */
export function stubRegistry(): ProcessRegistry {
  const entries: ProcessEntry[] = definitions.map((definition) => ({
    id: definition.id,
    summary: "A stub that returns no-data, for validation tests.",
    fidelity: "shape-only",
    run: () => null,
    definition,
    documentation: documentationOf(definition.id),
  }));
  return new ProcessRegistry(entries);
}
