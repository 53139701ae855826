import { definitions } from "../../generated/definitions.js";
import { ProcessFailedError } from "../../processes-error.js";

/**
 * The error for one of a process's own exceptions (`ArrayElementNotAvailable`, `LabelExists`, ...), with the HTTP
 * status its official definition gives.
 */
export function processException(processId: string, openeoCode: string, message: string): ProcessFailedError {
  const definition = definitions.find((candidate) => candidate.id === processId);
  const status = definition?.exceptions[openeoCode]?.http ?? 400;
  return new ProcessFailedError({ openeoCode, status, pointer: "" }, `${processId}: ${message}`);
}

/** The error for an argument a process cannot work with (openEO's `ProcessArgumentInvalid`). */
export function invalidArgument(processId: string, parameter: string, message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${processId}: argument '${parameter}' ${message}`,
  );
}
