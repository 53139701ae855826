import { createProcessRegistry, type ProcessEntry, runProcess, type Value } from "../../src/index.js";

const registry = createProcessRegistry();

/** Runs one process with its defaults filled in; returns its value and the warnings it gave. */
export function runScalar(id: string, args: Record<string, Value>): { value: Value; warnings: string[] } {
  const warnings: string[] = [];
  const value = runProcess(id, args, { registry, context: { warn: (message) => warnings.push(message) } });
  return { value, warnings };
}

/** The registry entry of an implemented process. */
export function entryOf(id: string): ProcessEntry {
  const entry = registry.get(id);
  if (!entry) throw new Error(`process ${id} is not implemented`);
  return entry;
}
