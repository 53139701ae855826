import { readFileSync } from "node:fs";
import type { SchemaValidator } from "@jobkit/spec";
import type { ApiVersion } from "@jobkit/spec/facts";
import { contractValidator } from "../internal/contract-validator.js";
import { MockCatalogError } from "../mock-error.js";
import type { CollectionInfo } from "./collections.js";
import { readCollection } from "./read-collection.js";

/**
 * Where collections come from: the path of a JSON file, or JSON already parsed. Either holds a STAC Collection, a
 * saved `GET /collections` page (`{collections, links}`), or an array of either (for instance every page of a
 * paginated listing).
 */
export type CatalogSource = string | Record<string, unknown> | unknown[];

/** One collection candidate and where it was found (`file.json: collections[3]`). */
interface Located {
  source: string;
  path: string;
  value: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Splits a source's JSON into collection candidates: arrays and `{collections}` pages are opened, anything else is one. */
function candidates(value: unknown, source: string, path: string): Located[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => candidates(item, source, `${path}[${index}]`));
  if (isObject(value) && "collections" in value && !("extent" in value)) {
    const { collections } = value;
    if (!Array.isArray(collections)) return [{ source, path: `${path}.collections`, value: collections }];
    return collections.map((item, index) => ({ source, path: `${path}.collections[${index}]`, value: item }));
  }
  return [{ source, path, value }];
}

/** What went wrong so far: one line per problem, and the errors behind them (the first becomes the `cause`). */
interface Findings {
  problems: string[];
  causes: unknown[];
}

function parseSource(source: CatalogSource, index: number, findings: Findings): Located[] {
  if (typeof source !== "string") return candidates(source, `catalog[${index}]`, "");
  const failed = (what: string, error: unknown): Located[] => {
    findings.problems.push(`${source}: ${what} (${(error as Error).message})`);
    findings.causes.push(error);
    return [];
  };
  let text: string;
  try {
    text = readFileSync(source, "utf8");
  } catch (error) {
    return failed("cannot be read", error);
  }
  try {
    return candidates(JSON.parse(text), source, "");
  } catch (error) {
    return failed("is not JSON", error);
  }
}

/** `collections[3].extent` from a location and an Ajv instance path such as `/extent/spatial/bbox/0`. */
function jsonPath(base: string, pointer = ""): string {
  const rest = pointer
    .split("/")
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key.replaceAll("~1", "/").replaceAll("~0", "~")}`))
    .join("");
  const path = `${base}${rest}`.replace(/^\./, "");
  return path === "" ? "(root)" : path;
}

/** One candidate read: first what the mock needs from it, then the contract's collection schema of each version. */
function check(
  item: Located,
  validators: readonly SchemaValidator[],
): { info?: CollectionInfo; problems: string[] } {
  const where = (pointer?: string) => `${item.source}: ${jsonPath(item.path, pointer)}`;
  const read = readCollection(item.value);
  if (!read.info)
    return { problems: read.problems.map(({ pointer, message }) => `${where(pointer)}: ${message}`) };
  const found = validators.flatMap((validator) => validator.validate("collection", item.value));
  const problems = [...new Set(found)].map((problem) => {
    const [pointer = "", ...message] = problem.split(" ");
    return `${where(pointer === "(root)" ? "" : pointer)}: ${message.join(" ")}`;
  });
  return problems.length > 0 ? { problems } : { info: read.info, problems };
}

/**
 * Loads the collections of every source, checked against what the mock needs and against the contract of each
 * served API version. All or nothing: any problem (or a duplicate id) throws a {@link MockCatalogError} naming
 * the JSON path of each.
 */
export function loadCatalog(
  sources: readonly CatalogSource[],
  versions: readonly ApiVersion[],
): CollectionInfo[] {
  const findings: Findings = { problems: [], causes: [] };
  const { problems } = findings;
  const located = sources.flatMap((source, index) => parseSource(source, index, findings));
  const validators = versions.map((version) => contractValidator(version));
  const loaded = new Map<string, { info: CollectionInfo; where: string }>();
  for (const item of located) {
    const { info, problems: found } = check(item, validators);
    problems.push(...found);
    if (!info) continue;
    const where = `${item.source}: ${jsonPath(item.path)}`;
    const earlier = loaded.get(info.id);
    if (earlier) problems.push(`${where}.id: "${info.id}" is already the id of ${earlier.where}`);
    else loaded.set(info.id, { info, where });
  }
  if (located.length === 0 && problems.length === 0) problems.push("the sources hold no collection");
  if (problems.length > 0)
    throw new MockCatalogError(
      problems,
      findings.causes.length > 0 ? { cause: findings.causes[0] } : undefined,
    );
  return [...loaded.values()].map(({ info }) => info);
}
