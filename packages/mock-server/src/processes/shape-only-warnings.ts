import type { ProcessGraph } from "@jobkit/processes";
import type { CollectionInfo } from "./collections.js";
import { computeValue, engine } from "./compute-value.js";

/** Most nested values looked at for process ids (a graph passed the 500-node check; this bounds its arguments). */
const MAX_VISITS = 100_000;

/** Whether a graph, or a callback in it, calls a process the engine only shapes (`run_udf`, `run_ogcapi`, …). */
function callsShapeOnly(graph: unknown): boolean {
  const pending: unknown[] = [graph];
  for (let visits = 0; pending.length > 0 && visits < MAX_VISITS; visits += 1) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    const id = (value as { process_id?: unknown }).process_id;
    if (typeof id === "string" && engine.get().registry.get(id)?.fidelity === "shape-only") return true;
    pending.push(...Object.values(value));
  }
  return false;
}

/**
 * The warnings the engine writes for a graph whose files the mock renders without computing them (batch jobs,
 * sync runs that save their result): the graph is run through the engine only when it calls a shape-only
 * process, so that the log says what was not computed (`run_udf: UDFs are not executed …`). Other graphs are not
 * computed, which keeps jobs cheap. A failure of the run is its openEO error, as in {@link computeValue}.
 */
export function shapeOnlyWarnings(graph: ProcessGraph, collections: readonly CollectionInfo[]): string[] {
  return callsShapeOnly(graph) ? computeValue(graph, collections).warnings : [];
}
