/**
 * The official per-process test cases (openeo-processes 2.0.0-rc.2, `tests/*.json5`), loaded and decoded for the
 * in-process runner, with the comparison the official test suite applies.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSON5 from "json5";
import { type CubeJson, cubeFromJson, cubeToJson, DataCube, LabeledArray, type Value } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
export const REFERENCE_DIR = resolve(
  process.env.OPENEO_PROCESSES_DIR ?? join(here, "../../../../shared/reference/openeo-processes-2.0.0-rc.2"),
);
const TESTS_DIR = join(REFERENCE_DIR, "tests");

export interface OfficialCase {
  /** `process#index`, stable across runs. */
  readonly name: string;
  readonly processId: string;
  readonly level: string;
  readonly experimental: boolean;
  readonly required: readonly string[];
  readonly arguments: Record<string, unknown>;
  readonly returns?: unknown;
  readonly hasReturns: boolean;
  readonly throws?: string | boolean;
  readonly delta: number;
  /** The asset file a `$ref` names when the official folder lacks it: the case cannot run. */
  readonly missingAsset?: string;
}

type RawCase = {
  arguments: Record<string, unknown>;
  returns?: unknown;
  throws?: string | boolean;
  required?: string[];
  delta?: number;
  level?: string;
  experimental?: boolean;
};

/** A case whose asset file the official folder lacks. */
class MissingAsset {
  constructor(readonly ref: string) {}
}

function inlineCase(raw: RawCase): Pick<OfficialCase, "arguments" | "returns" | "missingAsset"> {
  try {
    return {
      arguments: inlineRefs(raw.arguments) as Record<string, unknown>,
      returns: inlineRefs(raw.returns),
    };
  } catch (error) {
    if (!(error instanceof MissingAsset)) throw error;
    return { arguments: {}, returns: undefined, missingAsset: error.ref };
  }
}

/** Replaces `$ref`s to the tests' asset files with their content. */
function inlineRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inlineRefs);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$ref === "string") {
    if (!existsSync(join(TESTS_DIR, record.$ref))) throw new MissingAsset(record.$ref);
    const text = readFileSync(join(TESTS_DIR, record.$ref), "utf8");
    return /\.json5?$|\.geojson$/.test(record.$ref) ? inlineRefs(JSON5.parse(text)) : text;
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, inlineRefs(item)]));
}

/** Every official case, in file order. */
export function loadOfficialCases(): OfficialCase[] {
  const files = readdirSync(TESTS_DIR)
    .filter((name) => name.endsWith(".json5"))
    .sort();
  return files.flatMap((file) => {
    const doc = JSON5.parse(readFileSync(join(TESTS_DIR, file), "utf8")) as {
      id: string;
      level?: string;
      experimental?: boolean;
      tests: RawCase[];
    };
    const experimental = doc.experimental ?? existsSync(join(REFERENCE_DIR, "proposals", `${doc.id}.json`));
    return doc.tests.map((raw, index) => ({
      name: `${doc.id}#${index}`,
      processId: doc.id,
      level: raw.level ?? doc.level ?? "L4",
      experimental: raw.experimental ?? experimental,
      required: raw.required ?? [],
      ...inlineCase(raw),
      hasReturns: "returns" in raw,
      ...(raw.throws !== undefined ? { throws: raw.throws } : {}),
      delta: raw.delta ?? 1e-10,
    }));
  });
}

/** Turns the tests' encodings (no-data, labeled arrays, cubes) into engine values; graphs stay as they are. */
export function decodeArgument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeArgument);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record.type === "nodata") return null;
  if (record.type === "datacube") return cubeFromJson(record as unknown as CubeJson);
  if (record.type === "labeled-array") {
    const data = record.data as { key: string | number; value: unknown }[];
    return new LabeledArray(
      data.map((item) => item.key),
      data.map((item) => decodeArgument(item.value) as Value),
    );
  }
  if ("process_graph" in record) return record;
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decodeArgument(item)]));
}

function numbersMatch(expected: number, actual: unknown, delta: number): boolean {
  if (typeof actual !== "number") return false;
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return expected === actual;
  return Math.abs(expected - actual) <= Math.max(delta * Math.abs(expected), delta);
}

/** Where `actual` differs from the expected value, as the official suite compares them; `undefined` when equal. */
export function difference(
  expected: unknown,
  actual: unknown,
  delta: number,
  path = "$",
): string | undefined {
  if (typeof expected === "number") {
    return numbersMatch(expected, actual, delta)
      ? undefined
      : `${path}: expected ${expected}, got ${show(actual)}`;
  }
  if (Array.isArray(expected)) return arrayDifference(expected, actual, delta, path);
  if (typeof expected === "object" && expected !== null)
    return objectDifference(expected, actual, delta, path);
  return expected === actual ? undefined : `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

function show(value: unknown): string {
  if (value instanceof DataCube) return "a data cube";
  if (value instanceof LabeledArray) return `labeled array ${JSON.stringify(value.labels)}`;
  return typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
}

function arrayDifference(
  expected: unknown[],
  actual: unknown,
  delta: number,
  path: string,
): string | undefined {
  if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
  if (actual.length !== expected.length)
    return `${path}: expected ${expected.length} items, got ${actual.length}`;
  for (const [index, item] of expected.entries()) {
    const found = difference(item, actual[index], delta, `${path}[${index}]`);
    if (found) return found;
  }
  return undefined;
}

function objectDifference(
  expected: object,
  actual: unknown,
  delta: number,
  path: string,
): string | undefined {
  const record = expected as Record<string, unknown>;
  if (record.type === "nodata")
    return actual === null ? undefined : `${path}: expected no-data, got ${show(actual)}`;
  if (record.type === "datetime") return datetimeDifference(String(record.value), actual, path);
  if (record.type === "labeled-array") return labeledDifference(record, actual, delta, path);
  if (record.type === "datacube") return cubeDifference(record, actual, delta, path);
  if (typeof actual !== "object" || actual === null || Array.isArray(actual)) {
    return `${path}: expected an object, got ${show(actual)}`;
  }
  const keys = new Set([...Object.keys(record), ...Object.keys(actual)]);
  for (const key of keys) {
    const found = difference(record[key], (actual as Record<string, unknown>)[key], delta, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

function datetimeDifference(expected: string, actual: unknown, path: string): string | undefined {
  const same = typeof actual === "string" && Date.parse(actual) === Date.parse(expected);
  return same ? undefined : `${path}: expected ${expected}, got ${show(actual)}`;
}

function labeledDifference(expected: Record<string, unknown>, actual: unknown, delta: number, path: string) {
  if (!(actual instanceof LabeledArray)) return `${path}: expected a labeled array, got ${show(actual)}`;
  const data = expected.data as { key: unknown; value: unknown }[];
  return (
    difference(
      data.map((item) => item.key),
      [...actual.labels],
      delta,
      `${path}.labels`,
    ) ??
    difference(
      data.map((item) => item.value),
      [...actual.values],
      delta,
      `${path}.values`,
    )
  );
}

/** The expected cells with the cube's `nodata` values written as `NaN`, as the engine writes no-data. */
function nodataAsNaN(data: unknown, nodata: unknown): unknown {
  const markers: unknown[] = (Array.isArray(nodata) ? nodata : [nodata]).filter(
    (item) => typeof item === "number",
  );
  const walk = (item: unknown): unknown =>
    Array.isArray(item) ? item.map(walk) : markers.includes(item) ? Number.NaN : item;
  return walk(data);
}

/** Cubes compare as the official suite does: without `reference_system` and `nodata`, data only when given. */
function cubeDifference(expected: Record<string, unknown>, actual: unknown, delta: number, path: string) {
  if (!(actual instanceof DataCube)) return `${path}: expected a data cube, got ${show(actual)}`;
  const json = cubeToJson(actual) as unknown as Record<string, unknown>;
  const strip = (cube: Record<string, unknown>) => ({
    order: cube.order,
    dimensions: Object.fromEntries(
      Object.entries(cube.dimensions as Record<string, Record<string, unknown>>).map(([name, dimension]) => {
        const { reference_system: _ignored, ...rest } = dimension;
        return [name, rest];
      }),
    ),
    ...(expected.data === null ? {} : { data: cube.data }),
  });
  const normalized = { ...expected, data: nodataAsNaN(expected.data, expected.nodata) };
  return difference(strip(normalized), strip(json), delta, path);
}
