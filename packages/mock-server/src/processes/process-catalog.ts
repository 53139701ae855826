import type { ProcessRegistry } from "@jobkit/processes";
import { OpenEOError } from "../internal/openeo-error.js";
import { engine } from "./compute-value.js";
import { fetchProcessNamespaces, type NamespaceFetching } from "./fetch-process-namespaces.js";
import { findCallCycle } from "./find-call-cycle.js";
import type { ListedProcess } from "./load-process-list.js";
import { processDocument } from "./process-documents.js";
import type { StoredNamespaces } from "./resolve-stored.js";
import type { StoredProcess } from "./stored-process.js";

/** What a {@link ProcessCatalog} serves. */
export interface ProcessCatalogOptions {
  /** The processes `GET /processes` lists verbatim (`--processes`); the engine's own when undefined. */
  readonly listed: readonly ListedProcess[] | undefined;
  /** The back-end's user-defined processes (`--udp`), namespace `backend`, listed too. */
  readonly published: ReadonlyMap<string, StoredProcess>;
  readonly fetching: NamespaceFetching;
}

/** The engine's processes as `GET /processes` lists them, as JSON array members ("" for none), by registry. */
const engineDocuments = new WeakMap<ProcessRegistry, string>();

/**
 * The JSON text of the engine's processes as `GET /processes` lists them, without the array's brackets: made
 * once per process, since the engine's registry holds no state and is the same for every mock.
 */
export function engineDocumentsJson(registry: ProcessRegistry): string {
  let json = engineDocuments.get(registry);
  if (json === undefined) {
    json = JSON.stringify(registry.list().map(processDocument)).slice(1, -1);
    engineDocuments.set(registry, json);
  }
  return json;
}

/** Most user-defined processes one user may store. */
export const MAX_USER_PROCESSES = 1000;

/**
 * The processes of one mock: the predefined ones (the engine's, or `--processes`), the back-end's user-defined
 * ones, and each user's user-defined ones; and the registry a request's process is checked and run with.
 */
export class ProcessCatalog {
  readonly #options: ProcessCatalogOptions;
  readonly #users = new Map<string, Map<string, StoredProcess>>();
  #loaded:
    | {
        predefined: ProcessRegistry;
        /** The engine's registry when it is the one listed (no `--processes`). */
        engine: ProcessRegistry | undefined;
        /** The other processes listed: those of `--processes`, then the back-end's user-defined ones. */
        documents: Record<string, unknown>[];
        json?: string;
      }
    | undefined;

  constructor(options: ProcessCatalogOptions) {
    this.#options = options;
  }

  /** Loads the engine and builds the predefined processes, once; checks the back-end's own processes with them. */
  async load(): Promise<void> {
    if (this.#loaded) return;
    const { registry, predefinedRegistry, validateProcess } = await engine.load();
    const { listed, published } = this.#options;
    const predefined = listed ? predefinedRegistry(listed, registry) : registry;
    this.#loaded = {
      predefined,
      engine: listed ? undefined : registry,
      documents: [...(listed ?? []), ...published.values()],
    };
    for (const process of published.values()) {
      const [refusal] = validateProcess(process, { registry: this.registry(undefined) });
      if (!refusal) continue;
      this.#loaded = undefined; // every later request fails the same way, none serves the bad process
      throw new OpenEOError(
        "Internal",
        `The back-end process '${process.id}' is invalid: ${refusal.message}`,
      );
    }
  }

  /**
   * `GET /processes`: the predefined processes and the back-end's user-defined ones, as JSON text, serialised once
   * (the list does not change after {@link load}). Needs {@link load}.
   */
  documentsJson(): string {
    const state = this.#state();
    if (state.json === undefined) {
      const parts = state.documents.map((document) => JSON.stringify(document));
      if (state.engine) parts.unshift(engineDocumentsJson(state.engine));
      state.json = `[${parts.filter((part) => part !== "").join(",")}]`;
    }
    return state.json;
  }

  /** Whether `id` is a predefined or back-end process, which a user's process may not replace. Needs {@link load}. */
  isBackendProcess(id: string): boolean {
    return this.#options.published.has(id) || this.#state().predefined.get(id) !== undefined;
  }

  /** The user-defined processes of one user, by id (kept by the catalogue; change them through its methods). */
  userProcesses(user: string): ReadonlyMap<string, StoredProcess> {
    return this.#users.get(user) ?? new Map();
  }

  /** Stores (or replaces) a checked user-defined process. */
  setUserProcess(user: string, process: StoredProcess): void {
    const own = this.#users.get(user) ?? new Map<string, StoredProcess>();
    own.set(process.id, process);
    this.#users.set(user, own);
  }

  /** Deletes a user's process; false when there is none. */
  deleteUserProcess(user: string, id: string): boolean {
    return this.#users.get(user)?.delete(id) ?? false;
  }

  /** Forgets every user's processes. */
  reset(): void {
    this.#users.clear();
  }

  /** The namespaces a user's request sees, without URLs. */
  namespacesOf(user: string | undefined, own?: ReadonlyMap<string, StoredProcess>) {
    // a copy: a job keeps the processes it was created with
    return {
      backend: this.#options.published,
      user: own ?? new Map(user === undefined ? [] : this.userProcesses(user)),
    };
  }

  /**
   * The registry a process is checked and run with for `user` (none: only the back-end's processes), its
   * `namespace` URLs fetched from allowed prefixes. A chain of user-defined processes that calls itself is
   * `ProcessGraphInvalid`; a namespace that cannot be used is `ProcessUnsupported`.
   */
  async registryFor(
    user: string | undefined,
    process: unknown,
    own?: ReadonlyMap<string, StoredProcess>,
  ): Promise<ProcessRegistry> {
    await this.load();
    const graph = (process as { process_graph?: unknown } | null)?.process_graph;
    const namespaces = this.namespacesOf(user, own);
    const urls = await fetchProcessNamespaces(graph, namespaces, this.#options.fetching);
    const stored: StoredNamespaces = { ...namespaces, urls };
    // the user's and the back-end's processes were checked when stored; fetched ones are new
    const cycle = findCallCycle(
      [...urls.values()].flatMap((processes) => [...processes.values()]),
      stored,
    );
    if (cycle)
      throw new OpenEOError(
        "ProcessGraphInvalid",
        `The user-defined process '${cycle[0]}' calls itself: ${cycle.join(" → ")}. A process may not call itself, directly or through others.`,
      );
    return this.registry(user, namespaces.user, urls);
  }

  /** The registry without fetching (no URL namespaces). Needs {@link load}. */
  registry(
    user: string | undefined,
    own?: ReadonlyMap<string, StoredProcess>,
    urls: StoredNamespaces["urls"] = new Map(),
  ): ProcessRegistry {
    const { NamespacedRegistry } = engine.get();
    return new NamespacedRegistry({
      predefined: this.#state().predefined,
      ...this.namespacesOf(user, own),
      urls,
    });
  }

  #state() {
    if (!this.#loaded)
      throw new OpenEOError("Internal", "The processes were asked for before they were loaded.");
    return this.#loaded;
  }
}
