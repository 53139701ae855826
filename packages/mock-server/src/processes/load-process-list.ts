import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { MockOptionsError } from "../mock-error.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * Where the processes of `GET /processes` come from: the path of a saved `GET /processes` page (`{processes}`), the
 * path of a folder of process definitions (`*.json`, one process each, as openeo-processes publishes them), or
 * either already parsed.
 */
export type ProcessListSource = string | Record<string, unknown>;

/** One process as a back-end lists it, kept verbatim; `id`, `parameters` and `returns` are checked. */
export type ListedProcess = Record<string, unknown> & { id: string };

/** Most processes the sources may hold together (a real back-end lists a few hundred). */
const MAX_PROCESSES = 5000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What is wrong with one process, or undefined: what the mock reads from it to check and run calls. */
function problemOf(value: unknown): string | undefined {
  if (!isObject(value)) return "is not an object";
  if (typeof value.id !== "string" || !/^\w+$/.test(value.id)) return "needs an id of letters, digits and _";
  const { parameters, returns } = value;
  if (parameters !== undefined && !Array.isArray(parameters)) return "parameters must be an array";
  const parameter = (Array.isArray(parameters) ? parameters : []).find(
    (item) => !isObject(item) || typeof item.name !== "string" || !("schema" in item),
  );
  if (parameter !== undefined) return "has a parameter without a name and a schema";
  if (!isObject(returns) || !("schema" in returns)) return "needs returns with a schema";
  return undefined;
}

function fail(message: string, cause?: unknown): never {
  throw new MockOptionsError(`processes: ${message}.`, cause === undefined ? undefined : { cause });
}

function readJson(path: string): unknown {
  return readJsonFile(path, fail);
}

/** The processes of one source with where each was found, for messages. */
function processesOf(source: ProcessListSource, index: number): { where: string; value: unknown }[] {
  if (typeof source !== "string") return pageOf(source, `processes[${index}]`);
  let folder: boolean;
  try {
    folder = statSync(source).isDirectory();
  } catch (error) {
    return fail(`${source} cannot be read (${(error as Error).message})`, error);
  }
  if (!folder) return pageOf(readJson(source), source);
  const files = readdirSync(source)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (files.length === 0) fail(`${source} is a folder without *.json process definitions`);
  return files.map((name) => ({ where: join(source, name), value: readJson(join(source, name)) }));
}

function pageOf(value: unknown, where: string): { where: string; value: unknown }[] {
  if (!isObject(value) || !Array.isArray(value.processes))
    fail(`${where} is not a saved process list: it needs a "processes" array`);
  return value.processes.map((item, index) => ({ where: `${where}: processes[${index}]`, value: item }));
}

/**
 * Reads the processes a back-end lists from every source, all or nothing. A process listed again by a later source
 * replaces the earlier one. Throws a `MockOptionsError` whose one-line message names the file (and entry) at fault.
 */
export function loadProcessList(sources: readonly ProcessListSource[]): ListedProcess[] {
  const byId = new Map<string, ListedProcess>();
  for (const [index, source] of sources.entries()) {
    for (const { where, value } of processesOf(source, index)) {
      const problem = problemOf(value);
      if (problem) fail(`${where} ${problem}`);
      const process = value as ListedProcess;
      byId.delete(process.id); // a later source's version takes the later place
      byId.set(process.id, process);
    }
  }
  if (byId.size === 0) fail("the sources list no process");
  if (byId.size > MAX_PROCESSES) fail(`the sources list more than ${MAX_PROCESSES} processes`);
  return [...byId.values()];
}
