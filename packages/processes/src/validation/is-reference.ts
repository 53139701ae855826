import { isRecord } from "../graph/is-record.js";

/** A `{ "from_node": ... }` or `{ "from_parameter": ... }` object. */
export function isReference(value: unknown): value is Readonly<Record<string, unknown>> {
  return isRecord(value) && ("from_node" in value || "from_parameter" in value);
}
