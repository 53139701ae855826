import { DataCube } from "../../cube/data-cube.js";
import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";

/** The argument as a data cube; anything else is refused. */
export function cubeArgument(processId: string, name: string, value: Value | undefined): DataCube {
  if (value instanceof DataCube) return value;
  throw invalidArgument(processId, name, "a data cube", value ?? null);
}

/** The argument as a boolean flag; anything else is refused. */
export function flagArgument(processId: string, name: string, value: Value | undefined): boolean {
  if (typeof value === "boolean") return value;
  throw invalidArgument(processId, name, "true or false", value ?? null);
}

/** The argument as a string; `null` only where `nullable`; anything else is refused. */
export function textArgument(
  processId: string,
  name: string,
  value: Value | undefined,
  nullable = false,
): string | null {
  if (typeof value === "string" || (nullable && (value === null || value === undefined)))
    return value ?? null;
  throw invalidArgument(processId, name, nullable ? "a string or null" : "a string", value ?? null);
}

/** The argument as one of the `choices` (or `null` where `nullable`); anything else is refused. */
export function choiceArgument(
  processId: string,
  name: string,
  value: Value | undefined,
  choices: readonly string[],
  nullable = false,
): string | null {
  if (typeof value === "string" && choices.includes(value)) return value;
  if (nullable && (value === null || value === undefined)) return null;
  const expected = `one of ${choices.map((choice) => `'${choice}'`).join(", ")}${nullable ? " or null" : ""}`;
  throw invalidArgument(processId, name, expected, value ?? null);
}
