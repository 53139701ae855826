import type { ProcessGraph, ProcessRegistry } from "@jobkit/processes";
import type { CollectionInfo } from "./collections.js";
import { computeValue } from "./compute-value.js";
import { processCalls } from "./process-calls.js";

/** Whether a graph, or a callback in it, calls a process the engine only shapes (`run_udf`, `run_ogcapi`, …). */
function callsShapeOnly(graph: unknown, registry: ProcessRegistry): boolean {
  return processCalls(graph).some(
    ({ id, namespace }) => registry.resolve(id, namespace)?.fidelity === "shape-only",
  );
}

/**
 * The warnings the engine writes for a graph whose files the mock renders without computing them (batch jobs,
 * sync runs that save their result): the graph is run through the engine only when it calls a shape-only
 * process, so that the log says what was not computed (`run_udf: UDFs are not executed …`). Other graphs are not
 * computed, which keeps jobs cheap. A failure of the run is its openEO error, as in {@link computeValue}.
 */
export function shapeOnlyWarnings(
  graph: ProcessGraph,
  collections: readonly CollectionInfo[],
  registry: ProcessRegistry,
  maxCubeCells: number | undefined,
): string[] {
  return callsShapeOnly(graph, registry)
    ? computeValue(graph, collections, registry, maxCubeCells).warnings
    : [];
}
