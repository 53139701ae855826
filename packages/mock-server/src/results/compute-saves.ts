import type { ProcessGraph, ProcessRegistry, Value } from "@jobkit/processes";
import type { CollectionInfo } from "../processes/collections.js";
import { computeValue, type EngineLimits, engine } from "../processes/compute-value.js";
import { type OutputFormat, outputFormatOf } from "./formats.js";

/** What one `save_result` node saved while the graph ran: its data (a cube), its format and the format's options. */
export interface SavedResult {
  readonly data: Value;
  readonly format: OutputFormat;
  readonly options: Readonly<Record<string, Value>>;
}

/**
 * Runs a graph through the engine (see {@link computeValue}, whose errors it throws) and answers what each of its
 * `save_result` nodes saved, in the order they ran, with the engine's warnings for the log. A graph without
 * `save_result` saves its result: a cube as GTiff, any other value as JSON.
 */
export function computeSaves(
  graph: ProcessGraph,
  collections: readonly CollectionInfo[],
  registry: ProcessRegistry,
  limits: EngineLimits,
): { saves: SavedResult[]; warnings: string[] } {
  const saved: { data: Value; name: string; options: Readonly<Record<string, Value>> }[] = [];
  const { value, warnings } = computeValue(graph, collections, registry, limits, (data, name, options) => {
    saved.push({ data, name, options });
  });
  if (saved.length === 0) {
    saved.push({ data: value, name: engine.get().isDataCube(value) ? "GTiff" : "JSON", options: {} });
  }
  const saves = saved.map(({ data, name, options }) => ({ data, format: outputFormatOf(name), options }));
  return { saves, warnings };
}
