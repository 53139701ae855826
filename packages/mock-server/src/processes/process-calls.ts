/** One call a process graph makes: a node's `process_id` and `namespace`. */
export interface ProcessCall {
  readonly id: string;
  readonly namespace: unknown;
}

/** Most nested values looked at for calls (a graph's size is bounded by the body limit; this bounds the walk). */
const MAX_VISITS = 100_000;

/** Every call in a process graph and the callbacks inside it, once per node, in no particular order. */
export function processCalls(graph: unknown): ProcessCall[] {
  const calls: ProcessCall[] = [];
  const pending: unknown[] = [graph];
  for (let visits = 0; pending.length > 0 && visits < MAX_VISITS; visits += 1) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    const { process_id: id, namespace } = value as { process_id?: unknown; namespace?: unknown };
    if (typeof id === "string") calls.push({ id, namespace });
    pending.push(...Object.values(value));
  }
  return calls;
}
