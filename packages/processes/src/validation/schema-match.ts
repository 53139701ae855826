import { isCallback } from "../callback.js";
import { isDataCube } from "../cube/data-cube.js";
import { subtypeSchemas } from "../generated/definitions.js";
import { isRecord } from "../graph/is-record.js";
import { LabeledArray } from "../labeled-array.js";
import type { Schema } from "../process-definition.js";
import type { Value } from "../value.js";
import { describeSchema, describeValue } from "./describe-value.js";
import { isReference } from "./is-reference.js";
import { schemasOverlap } from "./schema-overlap.js";

/** A schema or openEO's list of alternatives (a value must match one of them). */
export type SchemaOrList = Schema | readonly Schema[];

/** What a `from_node` or `from_parameter` stands for: its value, the schema of its value, or unknown. */
export type ReferenceType = { readonly value: Value } | { readonly schema: SchemaOrList } | undefined;

/** Tells what a reference stands for. */
export type ReferenceTyper = (reference: Readonly<Record<string, unknown>>) => ReferenceType;

const CUBE_SUBTYPES = new Set(["datacube", "raster-cube", "vector-cube"]);
const DEFINITIONS = (subtypeSchemas.definitions ?? {}) as Readonly<Record<string, Schema>>;
const FORMATS: Readonly<Record<string, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
};
const patterns = new Map<string, RegExp>();

/**
 * Why `value` does not match `schema` (JSON Schema with openEO's subtypes), or `undefined` when it does.
 * References are typed by `typeOf`; when their type is unknown they match. `NaN` and ±Infinity are numbers.
 * Keywords JSON Schema does not define (openEO's `dimensions`, `minimumExclusive`, ...) are not checked, as
 * JSON Schema ignores unknown keywords; processes check those facts themselves when they run. Nor are the
 * ranges of numbers (`minimum`, `maximum`, ...): the official process tests expect a process to answer a number
 * outside its schema's range (`arccos(2)` is NaN, `array_element` at index -1 is `ArrayElementNotAvailable`),
 * so the process decides, and the engine is never stricter than those tests.
 */
export function schemaMismatch(
  value: unknown,
  schema: SchemaOrList,
  typeOf: ReferenceTyper,
): string | undefined {
  const options: readonly Schema[] = Array.isArray(schema) ? schema : [schema as Schema];
  if (options.length === 0) return undefined;
  const reasons: string[] = [];
  for (const option of options) {
    const reason = matchOne(value, option, typeOf);
    if (reason === undefined) return undefined;
    if (!reason.startsWith("expected ")) reasons.push(reason);
  }
  return reasons.length === 1
    ? reasons[0]
    : `expected ${describeSchema(schema)}, got ${describeValue(value)}`;
}

function matchOne(value: unknown, schema: Schema, typeOf: ReferenceTyper): string | undefined {
  if (isReference(value)) return referenceMismatch(value, schema, typeOf);
  if (!typeAccepts(schema.type, value)) return `expected ${describeSchema(schema)}`;
  const subtype = subtypeMismatch(value, schema, typeOf);
  if (subtype !== undefined) return subtype;
  return (
    valueMismatch(value, schema) ??
    arrayMismatch(value, schema, typeOf) ??
    objectMismatch(value, schema, typeOf) ??
    combinedMismatch(value, schema, typeOf)
  );
}

function referenceMismatch(
  reference: Readonly<Record<string, unknown>>,
  schema: Schema,
  typeOf: ReferenceTyper,
): string | undefined {
  const type = typeOf(reference);
  if (type === undefined) return undefined;
  if ("value" in type) return schemaMismatch(type.value, schema, () => undefined);
  if (schemasOverlap(type.schema, schema)) return undefined;
  return `expected ${describeSchema(schema)}`;
}

function typeAccepts(type: unknown, value: unknown): boolean {
  if (Array.isArray(type)) return type.some((one) => typeAccepts(one, value));
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
    case "number":
    case "string":
      return typeof value === type;
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value) || value instanceof LabeledArray;
    case "object":
      return isRecord(value) || isDataCube(value) || isCallback(value);
    default:
      return true;
  }
}

function subtypeMismatch(value: unknown, schema: Schema, typeOf: ReferenceTyper): string | undefined {
  const subtype = schema.subtype;
  if (subtype === undefined)
    return isDataCube(value) || isCallback(value) ? objectKind(schema, value) : undefined;
  if (CUBE_SUBTYPES.has(subtype)) return isDataCube(value) ? undefined : `expected ${subtype}`;
  if (subtype === "process-graph") return isCallbackValue(value) ? undefined : "expected process-graph";
  if (isDataCube(value) || isCallback(value)) return `expected ${subtype}`;
  const definition = DEFINITIONS[subtype];
  if (definition === undefined) return undefined;
  const { subtype: _same, ...rest } = definition;
  return matchOne(value, rest, typeOf);
}

/** A cube or a callback matches a schema without subtype only where it asks for no particular object. */
function objectKind(schema: Schema, value: unknown): string | undefined {
  const asksMembers = schema.properties !== undefined || schema.required !== undefined;
  return asksMembers ? `expected ${describeSchema(schema)}, got ${describeValue(value)}` : undefined;
}

function isCallbackValue(value: unknown): boolean {
  return isCallback(value) || (isRecord(value) && isRecord(value.process_graph));
}

function valueMismatch(value: unknown, schema: Schema): string | undefined {
  if ("const" in schema && !sameJson(value, schema.const)) return `must be ${JSON.stringify(schema.const)}`;
  if (Array.isArray(schema.enum) && !schema.enum.some((item) => sameJson(value, item)))
    return `must be one of ${JSON.stringify(schema.enum)}`;
  if (typeof value === "string") return stringMismatch(value, schema);
  return undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && JSON.stringify(a) === JSON.stringify(b));
}

function stringMismatch(value: string, schema: Schema): string | undefined {
  const { pattern, minLength, maxLength, format } = schema;
  if (typeof minLength === "number" && value.length < minLength)
    return `must have at least ${minLength} characters`;
  if (typeof maxLength === "number" && value.length > maxLength)
    return `must have at most ${maxLength} characters`;
  if (typeof pattern === "string" && !patternOf(pattern).test(value)) return `must match ${pattern}`;
  const formatRule = typeof format === "string" ? FORMATS[format] : undefined;
  if (formatRule && !formatRule.test(value)) return `must be a ${format}`;
  return undefined;
}

/** The pattern compiled once; without the `u` flag, which openEO's own `file-path` pattern does not compile under. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function arrayMismatch(value: unknown, schema: Schema, typeOf: ReferenceTyper): string | undefined {
  const items = Array.isArray(value) ? value : value instanceof LabeledArray ? value.values : undefined;
  if (items === undefined) return undefined;
  const { minItems, maxItems } = schema;
  if (typeof minItems === "number" && items.length < minItems) return `must have at least ${minItems} items`;
  if (typeof maxItems === "number" && items.length > maxItems) return `must have at most ${maxItems} items`;
  if (schema.uniqueItems === true && hasDuplicates(items)) return "must have distinct items";
  for (const [index, item] of items.entries()) {
    const itemSchema = Array.isArray(schema.items) ? schema.items[index] : schema.items;
    if (!isRecord(itemSchema) && !Array.isArray(itemSchema)) continue;
    const reason = schemaMismatch(item, itemSchema as SchemaOrList, typeOf);
    if (reason !== undefined) return `item ${index}: ${reason}`;
  }
  return undefined;
}

/** Duplicates among plain values; an array with references or objects is not judged. */
function hasDuplicates(items: readonly unknown[]): boolean {
  if (items.some((item) => typeof item === "object" && item !== null)) return false;
  return new Set(items.map((item) => JSON.stringify(item))).size < items.length;
}

function objectMismatch(value: unknown, schema: Schema, typeOf: ReferenceTyper): string | undefined {
  if (!isRecord(value) || isCallbackValue(value)) return undefined;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const absent = required.find((name) => !(name in value));
  if (absent !== undefined) return `needs member '${absent}'`;
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [name, member] of Object.entries(value)) {
    const memberSchema = name in properties ? properties[name] : schema.additionalProperties;
    if (memberSchema === false) return `has member '${name}', which is not allowed`;
    if (!isRecord(memberSchema) && !Array.isArray(memberSchema)) continue;
    const reason = schemaMismatch(member, memberSchema as SchemaOrList, typeOf);
    if (reason !== undefined) return `member '${name}': ${reason}`;
  }
  return undefined;
}

function combinedMismatch(value: unknown, schema: Schema, typeOf: ReferenceTyper): string | undefined {
  const { anyOf, oneOf, allOf, not, $ref } = schema;
  for (const list of [anyOf, oneOf]) {
    if (Array.isArray(list)) {
      const reason = schemaMismatch(value, list as Schema[], typeOf);
      if (reason !== undefined) return reason;
    }
  }
  for (const part of Array.isArray(allOf) ? (allOf as Schema[]) : []) {
    const reason = matchOne(value, part, typeOf);
    if (reason !== undefined) return reason;
  }
  if (isRecord(not) && matchOne(value, not, typeOf) === undefined)
    return `must not be ${JSON.stringify(not)}`;
  if (typeof $ref === "string") return refMismatch(value, $ref, typeOf);
  return undefined;
}

/** `#/definitions/<name>` points into openEO's subtype schemas; other (external) references are not checked. */
function refMismatch(value: unknown, ref: string, typeOf: ReferenceTyper): string | undefined {
  const target = ref.startsWith("#/definitions/")
    ? DEFINITIONS[ref.slice("#/definitions/".length)]
    : undefined;
  return target === undefined ? undefined : matchOne(value, target, typeOf);
}
