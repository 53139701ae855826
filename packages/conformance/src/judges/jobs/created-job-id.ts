import { decodeSegment } from "../../internal/decode-segment.js";

/**
 * The id a creation answer (`POST /jobs`) names: its `OpenEO-Identifier`, else the last segment of its `Location`;
 * undefined when the creation did not succeed or names none.
 */
export function createdJobId(status: number | undefined, headers: Headers): string | undefined {
  if (status === undefined || status >= 300) return undefined;
  const identifier = headers.get("openeo-identifier")?.trim();
  if (identifier) return identifier;
  const location = headers.get("location");
  if (!location) return undefined;
  const segment = location.replace(/\/+$/, "").split("/").pop();
  return segment ? decodeSegment(segment) : undefined;
}
