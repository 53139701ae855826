import type { Value } from "../../value.js";
import { invalidArgument } from "../common/process-errors.js";
import { type ParsedTemporal, parseTemporal } from "./rfc3339.js";

/** Reads a temporal argument of one of the given kinds; anything else is an invalid argument. */
export function temporalArgument(
  processId: string,
  parameter: string,
  value: Value | undefined,
  kinds: readonly ParsedTemporal["kind"][],
): ParsedTemporal {
  const parsed = typeof value === "string" ? parseTemporal(value) : undefined;
  if (parsed && kinds.includes(parsed.kind)) return parsed;
  throw invalidArgument(processId, parameter, `an RFC 3339 ${kinds.join(" or ")}`, value ?? null);
}
