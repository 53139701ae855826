import {
  isPredefinedNamespace,
  type ProcessEntry,
  ProcessRegistry,
  runProcessGraph,
} from "@jobkit/processes";
import { entryOfDescription } from "./entry-of-description.js";
import { processCalls } from "./process-calls.js";
import { resolveStored, type StoredNamespaces } from "./resolve-stored.js";
import type { StoredProcess } from "./stored-process.js";

/** The processes a request may call: the back-end's predefined ones and the user-defined ones. */
export interface Namespaces extends StoredNamespaces {
  /** The predefined processes: the engine's, or those `--processes` lists. */
  readonly predefined: ProcessRegistry;
}

/**
 * The registry of one request: a node's `process_id` and `namespace` resolve as openEO says (see
 * {@link resolveStored}), then to a predefined process. A user-defined process runs its graph through the engine
 * with the same registry.
 */
export class NamespacedRegistry extends ProcessRegistry {
  readonly #namespaces: Namespaces;
  readonly #entries = new Map<StoredProcess, ProcessEntry>();

  constructor(namespaces: Namespaces) {
    super([]);
    this.#namespaces = namespaces;
  }

  override get(id: string): ProcessEntry | undefined {
    return this.resolve(id, null);
  }

  override resolve(id: string, namespace?: unknown): ProcessEntry | undefined {
    const stored = this.#entryOf(resolveStored(this.#namespaces, id, namespace));
    if (stored || !isPredefinedNamespace(namespace)) return stored;
    return this.#namespaces.predefined.get(id);
  }

  /** Whether every call in `graph` (and its callbacks) resolves to no user-defined process. */
  callsOnlyPredefined(graph: unknown): boolean {
    return processCalls(graph).every(
      ({ id, namespace }) => resolveStored(this.#namespaces, id, namespace) === undefined,
    );
  }

  override list(): ProcessEntry[] {
    return this.#namespaces.predefined.list();
  }

  #entryOf(process: StoredProcess | undefined): ProcessEntry | undefined {
    if (!process) return undefined;
    let entry = this.#entries.get(process);
    if (!entry) {
      entry = this.#udpEntry(process);
      this.#entries.set(process, entry);
    }
    return entry;
  }

  #udpEntry(process: StoredProcess): ProcessEntry {
    const { process_graph, parameters } = process;
    return entryOfDescription(process, "exact", (args, context) =>
      runProcessGraph({ process_graph, parameters }, { registry: this, context, parameters: args }),
    );
  }
}
