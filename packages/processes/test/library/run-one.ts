import {
  createProcessRegistry,
  type ProcessContext,
  type ProcessEntry,
  runProcess,
  type Value,
} from "../../src/index.js";

const registry = createProcessRegistry();

/** Runs one process with its defaults filled in; returns its value and the warnings it gave. */
export function runOne(
  id: string,
  args: Record<string, Value>,
  context: Omit<ProcessContext, "warn"> = {},
): { value: Value; warnings: string[] } {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const value = runProcess(id, args, { registry, context: { ...context, warn } });
  return { value, warnings };
}

/** The value one process returns (see {@link runOne}). */
export function resultOf(id: string, args: Record<string, Value>): Value {
  return runOne(id, args).value;
}

/** The registry entry of an implemented process. */
export function entryOf(id: string): ProcessEntry {
  const entry = registry.get(id);
  if (!entry) throw new Error(`process ${id} is not implemented`);
  return entry;
}
