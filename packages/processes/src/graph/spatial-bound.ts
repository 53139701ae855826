import type { ProcessImplementation } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { dependenciesOf } from "./graph-order.js";
import { isRecord } from "./is-record.js";
import type { ProcessGraph, ProcessNode } from "./process-graph.js";

/** A graph's registry and who reads each of its nodes with `from_node`, outside callbacks. */
export interface GraphReaders {
  readonly registry: ProcessRegistry;
  readonly readers: ReadonlyMap<string, readonly string[]>;
}

/** Whether `node` is one of `filters` and reads `id` as its `data` and nowhere else. */
export function filtersOnly(
  node: ProcessNode,
  id: string,
  filters: readonly ProcessImplementation[],
  registry: ProcessRegistry,
): boolean {
  const entry = registry.resolve(node.process_id, node.namespace ?? null);
  if (!entry || !filters.some((filter) => filter.run === entry.run)) return false;
  const { data, ...others } = node.arguments;
  return isRecord(data) && data.from_node === id && !dependenciesOf({ arguments: others }).includes(id);
}

/** Whether `node` keeps cells in place and reads `id` only through the cube arguments that carry them. */
function keepsInPlace(node: ProcessNode, id: string, registry: ProcessRegistry): boolean {
  const carried = registry.resolve(node.process_id, node.namespace ?? null)?.cellsInPlace?.(node.arguments);
  if (!carried) return false;
  const others = Object.entries(node.arguments).filter(([name]) => !carried.includes(name));
  return !dependenciesOf({ arguments: Object.fromEntries(others) }).includes(id);
}

/**
 * The one filter of x and y (one of `spatial`) that bounds everything `start` yields: every path from `start` runs
 * through processes that keep cells in place (`cellsInPlace`) and ends in that filter, as its `data`; no node on
 * the way is the graph's result. Undefined when there is no such filter, or several.
 */
export function spatialBound(
  graph: ProcessGraph,
  start: string,
  spatial: readonly ProcessImplementation[],
  { registry, readers }: GraphReaders,
): string | undefined {
  let bound: string | undefined;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const next = readers.get(id) ?? [];
    if (graph[id]?.result === true || next.length === 0) return undefined;
    for (const reader of next) {
      const node = graph[reader] as ProcessNode;
      if (filtersOnly(node, id, spatial, registry)) {
        if (bound !== undefined && bound !== reader) return undefined;
        bound = reader;
      } else if (keepsInPlace(node, id, registry)) queue.push(reader);
      else return undefined;
    }
  }
  return bound;
}
