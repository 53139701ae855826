import type { ProcessImplementation } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { dependenciesOf } from "./graph-order.js";
import { isRecord } from "./is-record.js";
import type { ProcessGraph, ProcessNode } from "./process-graph.js";

/** Who reads each node of a graph with `from_node`, outside callbacks. */
function readersOf(graph: ProcessGraph): Map<string, string[]> {
  const readers = new Map<string, string[]>();
  for (const [id, node] of Object.entries(graph)) {
    for (const read of dependenciesOf(node)) {
      const list = readers.get(read);
      if (list) list.push(id);
      else readers.set(read, [id]);
    }
  }
  return readers;
}

/** Whether `node` is one of `filters` and reads `id` as its `data` and nowhere else. */
function filtersOnly(
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

/** The filter nodes after `loader` whose filtering it can take in: each the only reader of the one before. */
function chainOf(
  graph: ProcessGraph,
  loader: string,
  filters: readonly ProcessImplementation[],
  context: { registry: ProcessRegistry; readers: ReadonlyMap<string, readonly string[]> },
): string[] {
  const chain: string[] = [];
  let current = loader;
  while (graph[current]?.result !== true && chain.length < Object.keys(graph).length) {
    const readers = context.readers.get(current) ?? [];
    const next = readers.length === 1 ? (readers[0] as string) : undefined;
    if (next === undefined || !filtersOnly(graph[next] as ProcessNode, current, filters, context.registry))
      break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/**
 * For each node whose process has a `pushdown` (a loader), the filter nodes it can take into its load, in order:
 * the loader's result is read only by the first filter (as its `data`; the loader is not the graph's result),
 * that filter's result only by the next, and so on. Loaders with no such filter are left out.
 */
export function pushdownChains(graph: ProcessGraph, registry: ProcessRegistry): Map<string, string[]> {
  const readers = readersOf(graph);
  const chains = new Map<string, string[]>();
  for (const [id, node] of Object.entries(graph)) {
    const filters = registry.resolve(node.process_id, node.namespace ?? null)?.pushdown?.filters;
    const chain = filters ? chainOf(graph, id, filters, { registry, readers }) : [];
    if (chain.length > 0) chains.set(id, chain);
  }
  return chains;
}
