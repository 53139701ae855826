import { OpenEOError } from "../internal/openeo-error.js";

/** openEO's `FormatUnsuitable` (400): the saved data cannot be written in the format asked for, and why. */
export function formatUnsuitable(format: string, reason: string): OpenEOError {
  return OpenEOError.custom(400, "FormatUnsuitable", `The data cannot be saved as ${format}: ${reason}`);
}
