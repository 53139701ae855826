import { ProcessFailedError } from "../processes-error.js";

/**
 * The error a cube process throws with one of its own exception codes (`DimensionNotAvailable`, `LabelExists`, ...)
 * or a generic openEO code; the status defaults to 400, as the official definitions leave it open.
 */
export function cubeFailure(openeoCode: string, message: string, status = 400): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status, pointer: "" }, message);
}
