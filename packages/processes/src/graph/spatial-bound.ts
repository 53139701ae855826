import type { ProcessImplementation } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { dependenciesOf, graphOrder } from "./graph-order.js";
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

/** The pixels around a cell `node` reads when it keeps cells in place and reads `id` only through them. */
function marginThrough(node: ProcessNode, id: string, registry: ProcessRegistry): number | undefined {
  const entry = registry.resolve(node.process_id, node.namespace ?? null);
  const carried = entry?.cellsInPlace?.(node.arguments);
  if (!carried) return undefined;
  const others = Object.entries(node.arguments).filter(([name]) => !carried.includes(name));
  if (dependenciesOf({ arguments: Object.fromEntries(others) }).includes(id)) return undefined;
  const margin = entry?.spatialMargin?.(node.arguments) ?? 0;
  return Number.isFinite(margin) && margin >= 0 ? margin : undefined;
}

/** One filter of x and y a loader may take in, and how many pixels around its area the nodes before it read. */
export interface SpatialBound {
  readonly filter: string;
  readonly margin: number;
}

/**
 * The one filter of x and y (one of `spatial`) that bounds everything `start` yields: every path from `start` runs
 * through processes that keep cells in place (`cellsInPlace`) and ends in that filter, as its `data`; no node on
 * the way is the graph's result. Its margin is the most pixels the nodes of one path read around a cell
 * (`spatialMargin`). Undefined when there is no such filter, or several.
 */
export function spatialBound(
  graph: ProcessGraph,
  start: string,
  spatial: readonly ProcessImplementation[],
  { registry, readers }: GraphReaders,
): SpatialBound | undefined {
  let filter: string | undefined;
  const edges: [string, string, number][] = [];
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
      const isFilter = filtersOnly(node, id, spatial, registry);
      const margin = isFilter ? 0 : marginThrough(node, id, registry);
      if (margin === undefined || (isFilter && filter !== undefined && filter !== reader)) return undefined;
      if (isFilter) filter = reader;
      else queue.push(reader);
      edges.push([id, reader, margin]);
    }
  }
  return filter === undefined ? undefined : { filter, margin: widestMargin(graph, start, edges, filter) };
}

/** The largest sum of margins along the paths from `start` to `filter` over `edges` (a graph has no cycle). */
function widestMargin(
  graph: ProcessGraph,
  start: string,
  edges: readonly [string, string, number][],
  filter: string,
) {
  const order = graphOrder(graph);
  const ids = "order" in order ? [...order.order].reverse() : [];
  const reach = new Map<string, number>([[filter, 0]]);
  for (const id of ids) {
    const out = edges.filter(([from]) => from === id);
    if (out.length > 0)
      reach.set(id, Math.max(...out.map(([, to, margin]) => margin + (reach.get(to) ?? 0))));
  }
  return reach.get(start) ?? 0;
}
