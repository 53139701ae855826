import { isCallback } from "../callback.js";
import { isDataCube } from "../cube/data-cube.js";
import { isRecord } from "../graph/is-record.js";
import { LabeledArray } from "../labeled-array.js";
import type { Schema } from "../process-definition.js";

/** A value in a few words, for messages: `the number 3`, `a data cube`, `a reference to node 'n1'`. */
export function describeValue(value: unknown): string {
  if (value === null) return "no-data (null)";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value !== "object") return `a ${typeof value}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof LabeledArray) return `a labeled array of ${value.values.length}`;
  if (isDataCube(value)) return "a data cube";
  if (isCallback(value) || (isRecord(value) && "process_graph" in value)) return "a callback";
  if (isRecord(value) && typeof value.from_node === "string")
    return `the result of node '${value.from_node}'`;
  if (isRecord(value) && typeof value.from_parameter === "string")
    return `parameter '${value.from_parameter}'`;
  return "an object";
}

/** What a schema (or a list of alternatives) accepts, in a few words: `number or null`, `datacube`. */
export function describeSchema(schema: Schema | readonly Schema[]): string {
  const options: readonly Schema[] = Array.isArray(schema) ? schema : [schema as Schema];
  const labels = options.map((option) => {
    if (typeof option.subtype === "string") return option.subtype;
    const nested = [option.anyOf, option.oneOf].find(Array.isArray) as Schema[] | undefined;
    if (nested) return describeSchema(nested);
    if (typeof option.$ref === "string") return option.$ref.slice(option.$ref.lastIndexOf("/") + 1);
    if (Array.isArray(option.type)) return option.type.join(" or ");
    return typeof option.type === "string" ? option.type : "any value";
  });
  return [...new Set(labels)].join(" or ");
}

/** A value as JSON, cut to 80 characters: user input quoted in a message stays short. */
export function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
