import type { FilterPushdown, ProcessImplementation } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { dependenciesOf } from "./graph-order.js";
import type { ProcessGraph, ProcessNode } from "./process-graph.js";
import { filtersOnly, type GraphReaders, spatialBound } from "./spatial-bound.js";

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

/** The filter nodes after `loader` whose filtering it can take in: each the only reader of the one before. */
function chainOf(
  graph: ProcessGraph,
  loader: string,
  filters: readonly ProcessImplementation[],
  context: GraphReaders,
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

/** One filter a loader takes in, and the pixels around its area the nodes between them read. */
export interface PushedNode {
  readonly id: string;
  readonly margin: number;
}

/** The filters `loader` takes in: the chain right after it, then the filter of x and y that bounds the rest. */
function pushedFilters(
  graph: ProcessGraph,
  loader: string,
  pushdown: FilterPushdown,
  context: GraphReaders,
): PushedNode[] {
  const chain = chainOf(graph, loader, pushdown.filters, context).map((id) => ({ id, margin: 0 }));
  const start = chain.at(-1)?.id ?? loader;
  const bound = pushdown.spatial && spatialBound(graph, start, pushdown.spatial, context);
  return bound ? [...chain, { id: bound.filter, margin: bound.margin }] : chain;
}

/**
 * For each node whose process has a `pushdown` (a loader), the filter nodes it can take into its load, in order:
 * the loader's result is read only by the first filter (as its `data`; the loader is not the graph's result),
 * that filter's result only by the next, and so on; then, when everything after that runs through processes that
 * keep cells in place into one filter of x and y, that filter, with the pixels around its area those processes
 * read (see `FilterPushdown.spatial`). Loaders with no such filter are left out.
 */
export function pushdownChains(graph: ProcessGraph, registry: ProcessRegistry): Map<string, PushedNode[]> {
  const context = { registry, readers: readersOf(graph) };
  const chains = new Map<string, PushedNode[]>();
  for (const [id, node] of Object.entries(graph)) {
    const pushdown = registry.resolve(node.process_id, node.namespace ?? null)?.pushdown;
    const filters = pushdown ? pushedFilters(graph, id, pushdown, context) : [];
    if (filters.length > 0) chains.set(id, filters);
  }
  return chains;
}
