import { type Callback, isCallback } from "../callback.js";
import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";

function invalid(processId: string, name: string, expected: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: argument '${name}' must be ${expected}.`,
  );
}

/** The argument as a callback (a child process graph); a `ProcessArgumentInvalid` failure otherwise. */
export function callbackArgument(value: Value | undefined, processId: string, name: string): Callback {
  if (isCallback(value)) return value;
  throw invalid(processId, name, "a child process graph");
}
