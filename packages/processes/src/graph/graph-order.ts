import { isRecord } from "./is-record.js";

/** The nodes a node reads with `from_node`, outside its callbacks (their references belong to the child graph). */
export function dependenciesOf(node: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [isRecord(node) ? node.arguments : undefined];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) pushAll(stack, value);
    else if (!isRecord(value) || "process_graph" in value) continue;
    else if (typeof value.from_node === "string") found.add(value.from_node);
    else pushAll(stack, Object.values(value));
  }
  return [...found];
}

/** Pushes one by one: spreading a huge array into `push` overflows the stack. */
function pushAll(stack: unknown[], items: readonly unknown[]): void {
  for (const item of items) stack.push(item);
}

/** The nodes in an order where each comes after the nodes it reads, or one cycle when there is none. */
export type GraphOrder = { readonly order: readonly string[] } | { readonly cycle: readonly string[] };

/** Orders a graph's nodes (Kahn's algorithm, no recursion); references to unknown nodes are ignored. */
export function graphOrder(graph: Readonly<Record<string, unknown>>): GraphOrder {
  const ids = Object.keys(graph);
  const readers = new Map<string, string[]>(ids.map((id) => [id, []]));
  const waiting = new Map<string, number>();
  for (const id of ids) {
    const dependencies = dependenciesOf(graph[id]).filter((dependency) => readers.has(dependency));
    for (const dependency of dependencies) readers.get(dependency)?.push(id);
    waiting.set(id, dependencies.length);
  }
  const order = ids.filter((id) => waiting.get(id) === 0);
  for (let index = 0; index < order.length; index++) {
    for (const reader of readers.get(order[index] as string) ?? []) {
      const left = (waiting.get(reader) ?? 0) - 1;
      waiting.set(reader, left);
      if (left === 0) order.push(reader);
    }
  }
  if (order.length === ids.length) return { order };
  return { cycle: oneCycle(graph, new Set(ids.filter((id) => (waiting.get(id) ?? 0) > 0))) };
}

/** Walks back through unfinished nodes until one repeats: the nodes from there on form a cycle. */
function oneCycle(graph: Readonly<Record<string, unknown>>, unfinished: ReadonlySet<string>): string[] {
  const path: string[] = [];
  const at = new Map<string, number>();
  let current = unfinished.values().next().value as string;
  while (!at.has(current)) {
    at.set(current, path.length);
    path.push(current);
    current = dependenciesOf(graph[current]).find((id) => unfinished.has(id)) as string;
  }
  return path.slice(at.get(current)).reverse();
}
