import { isCallback } from "../../callback.js";
import { isDataCube } from "../../cube/data-cube.js";
import { definitions } from "../../generated/definitions.js";
import { LabeledArray } from "../../labeled-array.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

/** openEO's code (API errors.json) for a value a process cannot take, and its HTTP status. */
const PARAMETER_INVALID = { openeoCode: "ProcessParameterInvalid", status: 400 } as const;

/** What kind of value this is, for an error message: "a string", "a data cube", ... */
export function describeValue(value: Value): string {
  if (value === null) return "no-data (null)";
  if (isDataCube(value)) return "a data cube";
  if (value instanceof LabeledArray) return "a labeled array";
  if (isCallback(value)) return "a child process graph";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return typeof value === "string" ? `the string ${JSON.stringify(value)}` : `the ${typeof value} ${value}`;
}

/** The error for an argument a process cannot use: which one, what it needs, what it got. */
export function invalidArgument(
  processId: string,
  name: string,
  expected: string,
  value: Value,
): ProcessFailedError {
  const hint = isDataCube(value)
    ? ` To compute it for every pixel of a cube, call ${processId} inside apply.`
    : "";
  return new ProcessFailedError(
    { ...PARAMETER_INVALID, pointer: "" },
    `${processId}: argument '${name}' must be ${expected}, got ${describeValue(value)}.${hint}`,
  );
}

/** One of the process's own exceptions (`MinMaxSwapped`, ...), with the HTTP status its definition gives. */
export function processException(processId: string, code: string, message: string): ProcessFailedError {
  const definition = definitions.find((candidate) => candidate.id === processId);
  const status = definition?.exceptions[code]?.http ?? 400;
  return new ProcessFailedError({ openeoCode: code, status, pointer: "" }, `${processId}: ${message}`);
}
