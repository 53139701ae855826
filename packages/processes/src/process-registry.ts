import { definitions } from "./generated/definitions.js";
import { isPredefinedNamespace } from "./graph/is-predefined-namespace.js";
import { implementations } from "./library/implementations.js";
import type { ProcessDefinition } from "./process-definition.js";
import type { ProcessEntry, ProcessImplementation } from "./process-entry.js";

/** Where the official documentation of a process lives. */
export function documentationOf(id: string): string {
  return `https://processes.openeo.org/2.0.0-rc.2/#${id}`;
}

/** Every process the engine knows, by id: the official definition paired with its implementation. */
export class ProcessRegistry {
  readonly #entries: ReadonlyMap<string, ProcessEntry>;

  constructor(entries: readonly ProcessEntry[]) {
    this.#entries = new Map(entries.map((entry) => [entry.id, entry]));
  }

  /** The entry of a process, or `undefined` when the engine does not know it. */
  get(id: string): ProcessEntry | undefined {
    return this.#entries.get(id);
  }

  /**
   * The process a node names with `process_id` and `namespace`. Here only predefined processes exist, so a
   * namespace other than `null` or `"backend"` names none; a back-end with user-defined processes overrides this.
   */
  resolve(id: string, namespace?: unknown): ProcessEntry | undefined {
    return isPredefinedNamespace(namespace) ? this.get(id) : undefined;
  }

  /** Every entry, sorted by id. */
  list(): ProcessEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

function pair(definition: ProcessDefinition, implementation: ProcessImplementation): ProcessEntry {
  return { ...implementation, definition, documentation: documentationOf(definition.id) };
}

/** The registry of every official process that has an implementation. */
export function createProcessRegistry(): ProcessRegistry {
  const byId = new Map(implementations.map((implementation) => [implementation.id, implementation]));
  const entries: ProcessEntry[] = [];
  for (const definition of definitions) {
    const implementation = byId.get(definition.id);
    if (implementation) entries.push(pair(definition, implementation));
  }
  return new ProcessRegistry(entries);
}
