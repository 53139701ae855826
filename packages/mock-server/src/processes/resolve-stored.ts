import type { StoredProcess } from "./stored-process.js";

/** The user-defined processes a request may call, by namespace and id. */
export interface StoredNamespaces {
  /** The back-end's own user-defined processes (`--udp`), namespace `backend`. */
  readonly backend: ReadonlyMap<string, StoredProcess>;
  /** The user's user-defined processes, namespace `user`. */
  readonly user: ReadonlyMap<string, StoredProcess>;
  /** Processes fetched from allowed URLs, by `namespace` URL and then id. */
  readonly urls: ReadonlyMap<string, ReadonlyMap<string, StoredProcess>>;
}

/**
 * The user-defined process a node calls, as openEO resolves `namespace`: `null` prefers the user's, then the
 * back-end's; `backend` only the back-end's; `user` only the user's; a URL only the processes fetched from it.
 * Undefined when none is (a predefined process may still be).
 */
export function resolveStored(
  namespaces: StoredNamespaces,
  id: string,
  namespace: unknown,
): StoredProcess | undefined {
  const { backend, user, urls } = namespaces;
  if (namespace === undefined || namespace === null) return user.get(id) ?? backend.get(id);
  if (namespace === "backend") return backend.get(id);
  if (namespace === "user") return user.get(id);
  return typeof namespace === "string" ? urls.get(namespace)?.get(id) : undefined;
}
