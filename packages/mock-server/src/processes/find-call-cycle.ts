import { processCalls } from "./process-calls.js";
import { resolveStored, type StoredNamespaces } from "./resolve-stored.js";
import type { StoredProcess } from "./stored-process.js";

/**
 * A chain of user-defined processes that calls back into itself, starting from `roots` (`a → b → a`), or
 * undefined when there is none. Each process is followed once, so the search ends on any set of processes.
 */
export function findCallCycle(
  roots: Iterable<StoredProcess>,
  namespaces: StoredNamespaces,
): string[] | undefined {
  const done = new Set<StoredProcess>();
  const path: StoredProcess[] = [];
  const visit = (process: StoredProcess): string[] | undefined => {
    const at = path.indexOf(process);
    if (at >= 0) return [...path.slice(at), process].map(({ id }) => id);
    if (done.has(process)) return undefined;
    path.push(process);
    for (const { id, namespace } of processCalls(process.process_graph)) {
      const callee = resolveStored(namespaces, id, namespace);
      const cycle = callee && visit(callee);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(process);
    return undefined;
  };
  for (const root of roots) {
    const cycle = visit(root);
    if (cycle) return cycle;
  }
  return undefined;
}
