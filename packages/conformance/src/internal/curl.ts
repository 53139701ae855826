import { curlHeader, shellQuoted } from "../redaction/redact-header.js";
import type { Evidence } from "../types.js";

/**
 * A curl command that sends the request of an exchange again, with its headers and body. Credentials stay
 * redacted: the command reads them from `OPENEO_TOKEN` (the bearer value after its `method/provider/` prefix)
 * or `OPENEO_BASIC` (base64 of user:password).
 *
 * @example
 * toCurl(check.evidence[0]); // curl -i -X DELETE 'https://…/jobs/j-1' -H "Authorization: Bearer basic//${OPENEO_TOKEN}"
 */
export function toCurl(evidence: Evidence): string {
  const parts = ["curl", "-i"];
  if (evidence.method === "HEAD") parts.push("-I");
  else if (evidence.method !== "GET") parts.push("-X", evidence.method);
  parts.push(shellQuoted(evidence.url));
  for (const [name, value] of Object.entries(evidence.requestHeaders))
    parts.push("-H", curlHeader(name, value));
  if (evidence.requestBody !== undefined) parts.push("--data-raw", shellQuoted(evidence.requestBody));
  return parts.join(" ");
}
