import { cubeToJson, isCallback, isDataCube, LabeledArray } from "@jobkit/processes";

function number(value: number): string {
  if (Number.isFinite(value)) return JSON.stringify(value);
  return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
}

function object(entries: [string, unknown][]): string {
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonOfValue(item)}`).join(",")}}`;
}

/**
 * A process's value as the body of `POST /result`: JSON, with `NaN`, `Infinity` and `-Infinity` written as the
 * bare literals Python's `json` module reads and writes (docs/decisions/0007-sync-result-values.md); a cube in
 * openEO's JSON form, a labeled array as an object by label.
 */
export function jsonOfValue(value: unknown): string {
  if (typeof value === "number") return number(value);
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonOfValue).join(",")}]`;
  if (isDataCube(value)) return jsonOfValue(cubeToJson(value));
  if (value instanceof LabeledArray) {
    return object(value.labels.map((label, index) => [String(label), value.values[index]]));
  }
  if (value === null || typeof value !== "object" || isCallback(value)) return "null";
  return object(Object.entries(value));
}
