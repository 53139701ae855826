import { type Callback, isCallback } from "../callback.js";
import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { DataCube } from "./data-cube.js";

function invalid(processId: string, name: string, expected: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: argument '${name}' must be ${expected}.`,
  );
}

/** The argument as a data cube; a `ProcessArgumentInvalid` failure when it is something else. */
export function cubeArgument(value: Value | undefined, processId: string, name = "data"): DataCube {
  if (value instanceof DataCube) return value;
  throw invalid(processId, name, "a data cube");
}

/** The argument as a callback (a child process graph); a `ProcessArgumentInvalid` failure otherwise. */
export function callbackArgument(value: Value | undefined, processId: string, name: string): Callback {
  if (isCallback(value)) return value;
  throw invalid(processId, name, "a child process graph");
}
