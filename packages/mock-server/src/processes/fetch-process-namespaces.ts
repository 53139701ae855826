import { OpenEOError } from "../internal/openeo-error.js";
import { processCalls } from "./process-calls.js";
import { mirrorOf, type ProcessUrlMirror, readMirrored } from "./process-url-mirror.js";
import { readStoredProcess } from "./read-stored-process.js";
import { resolveStored, type StoredNamespaces } from "./resolve-stored.js";
import type { StoredProcess } from "./stored-process.js";

/** The budget of fetching process definitions from `namespace` URLs for one request. */
export const NAMESPACE_FETCH_LIMITS = {
  /** Most distinct URLs one request may name, its user-defined processes included. */
  urls: 8,
  /** Longest wait for one URL's answer and body. */
  timeoutMs: 5000,
  /** Largest body of one URL. */
  bytes: 1024 * 1024,
};

/** How a request's `namespace` URLs are fetched. */
export interface NamespaceFetching {
  /** The URL prefixes definitions may come from (`--allow-process-url`); none allowed when empty. */
  readonly allowed: readonly string[];
  readonly fetch: (request: Request) => Promise<Response>;
  /** Directories that answer for the allowed URLs under their prefix, instead of the network. */
  readonly mirrors: readonly ProcessUrlMirror[];
}

function refused(namespace: string, why: string): OpenEOError {
  return new OpenEOError("ProcessUnsupported", `Process namespace '${namespace}' cannot be used: ${why}`);
}

function isUrl(namespace: string): boolean {
  return URL.canParse(namespace) && /^https?:$/.test(new URL(namespace).protocol);
}

async function readBody(response: Response, namespace: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > NAMESPACE_FETCH_LIMITS.bytes)
    throw refused(namespace, `its definition is larger than ${NAMESPACE_FETCH_LIMITS.bytes} bytes.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > NAMESPACE_FETCH_LIMITS.bytes)
    throw refused(namespace, `its definition is larger than ${NAMESPACE_FETCH_LIMITS.bytes} bytes.`);
  return new TextDecoder().decode(bytes);
}

/** The body of `namespace`: its mirror's file when a mirror covers it, else its answer over HTTP. */
async function definitionText(namespace: string, fetching: NamespaceFetching): Promise<string> {
  const mirror = mirrorOf(namespace, fetching.mirrors);
  if (mirror)
    return readMirrored(namespace, mirror, NAMESPACE_FETCH_LIMITS.bytes, (why) => refused(namespace, why));
  try {
    const signal = AbortSignal.timeout(NAMESPACE_FETCH_LIMITS.timeoutMs);
    const response = await fetching.fetch(new Request(namespace, { signal, redirect: "error" }));
    if (!response.ok) throw refused(namespace, `it answered HTTP ${response.status}.`);
    return await readBody(response, namespace);
  } catch (error) {
    if (error instanceof OpenEOError) throw error;
    throw refused(
      namespace,
      `it could not be fetched within ${NAMESPACE_FETCH_LIMITS.timeoutMs} ms (${(error as Error).message}).`,
    );
  }
}

/** The processes one URL holds: a process definition, or a `{processes: [...]}` list of them. */
async function fetchProcesses(
  namespace: string,
  fetching: NamespaceFetching,
): Promise<Map<string, StoredProcess>> {
  const text = await definitionText(namespace, fetching);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused(namespace, "its definition is not JSON.");
  }
  const list = (json as { processes?: unknown }).processes;
  const items = Array.isArray(list) ? list : [json];
  return new Map(
    items.map((item) => {
      const process = readStoredProcess(item, (why) => refused(namespace, `its definition ${why}.`));
      return [process.id, process];
    }),
  );
}

/**
 * Fetches the definitions of every `namespace` URL a process calls, directly or through the user-defined processes
 * it calls, from allowed prefixes only. A namespace that is neither `backend`, `user` nor an allowed URL, a URL
 * that fails, times out or answers too much, or too many URLs: `ProcessUnsupported` naming the namespace.
 */
export async function fetchProcessNamespaces(
  graph: unknown,
  namespaces: Omit<StoredNamespaces, "urls">,
  fetching: NamespaceFetching,
): Promise<Map<string, Map<string, StoredProcess>>> {
  const urls = new Map<string, Map<string, StoredProcess>>();
  const all = { ...namespaces, urls };
  const seen = new Set<unknown>();
  const pending: unknown[] = [graph];
  while (pending.length > 0) {
    for (const { id, namespace } of processCalls(pending.pop())) {
      if (
        typeof namespace === "string" &&
        namespace !== "user" &&
        namespace !== "backend" &&
        !urls.has(namespace)
      )
        urls.set(namespace, await fetchAllowed(namespace, fetching, urls.size));
      const callee = resolveStored(all, id, namespace);
      if (callee && !seen.has(callee)) {
        seen.add(callee);
        pending.push(callee.process_graph);
      }
    }
  }
  return urls;
}

async function fetchAllowed(
  namespace: string,
  fetching: NamespaceFetching,
  fetched: number,
): Promise<Map<string, StoredProcess>> {
  if (!isUrl(namespace))
    throw refused(
      namespace,
      'a namespace is null, "backend", "user" or the http(s) URL of a process definition.',
    );
  if (!fetching.allowed.some((prefix) => namespace.startsWith(prefix))) {
    const allowed = fetching.allowed.length > 0 ? `only from ${fetching.allowed.join(", ")}` : "from no URL";
    throw refused(namespace, `this back-end fetches process definitions ${allowed} (--allow-process-url).`);
  }
  if (fetched >= NAMESPACE_FETCH_LIMITS.urls)
    throw refused(namespace, `a process may name at most ${NAMESPACE_FETCH_LIMITS.urls} namespace URLs.`);
  return fetchProcesses(namespace, fetching);
}
