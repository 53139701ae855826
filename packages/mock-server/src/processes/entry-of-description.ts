import type { Fidelity, ProcessEntry, ProcessImplementation } from "@jobkit/processes";
import { definitionOf } from "./definition-of.js";
import type { ProcessDescription } from "./stored-process.js";

/** A registry entry for a process a back-end describes (listed or user-defined), computed by `run`. */
export function entryOfDescription(
  process: ProcessDescription,
  fidelity: Fidelity,
  run: ProcessImplementation["run"],
): ProcessEntry {
  const summary = typeof process.summary === "string" ? process.summary : process.id;
  return { id: process.id, summary, fidelity, definition: definitionOf(process), documentation: "", run };
}
