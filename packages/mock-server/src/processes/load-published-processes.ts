import { MockOptionsError } from "../mock-error.js";
import { findCallCycle } from "./find-call-cycle.js";
import { readJsonFile } from "./read-json-file.js";
import { readStoredProcess } from "./read-stored-process.js";
import type { StoredProcess } from "./stored-process.js";

function fail(message: string, cause?: unknown): never {
  throw new MockOptionsError(`udp: ${message}.`, cause === undefined ? undefined : { cause });
}

function readSource(
  source: string | Record<string, unknown>,
  index: number,
): { where: string; value: unknown } {
  if (typeof source !== "string") return { where: `udp[${index}]`, value: source };
  return { where: source, value: readJsonFile(source, fail) };
}

/**
 * The back-end's own user-defined processes (`--udp`), by id: each source one process or `{processes: [...]}`.
 * All or nothing: a bad shape, an id given twice or processes that call themselves throw `MockOptionsError`.
 */
export function loadPublishedProcesses(
  sources: readonly (string | Record<string, unknown>)[],
): ReadonlyMap<string, StoredProcess> {
  const published = new Map<string, StoredProcess>();
  for (const [index, source] of sources.entries()) {
    const { where, value } = readSource(source, index);
    const list = (value as { processes?: unknown } | null)?.processes;
    const items = Array.isArray(list) ? list : [value];
    for (const item of items) {
      const process = readStoredProcess(
        item,
        (why) => new MockOptionsError(`udp: ${where}: the process ${why}.`),
      );
      if (published.has(process.id)) fail(`${where}: the process id '${process.id}' is given twice`);
      published.set(process.id, process);
    }
  }
  const cycle = findCallCycle(published.values(), { backend: published, user: new Map(), urls: new Map() });
  if (cycle) fail(`the process '${cycle[0]}' calls itself: ${cycle.join(" → ")}`);
  return published;
}
