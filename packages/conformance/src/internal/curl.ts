import { curlHeader, shellQuoted } from "../redaction/redact-header.js";
import type { Evidence } from "../types.js";

/** Headers curl sets itself or that only describe the connection the request went on. */
const LEFT_OUT = new Set(["host", "content-length", "connection", "accept-encoding", "user-agent"]);
/** How the evidence shows a body it holds only in part (`<N bytes of …>`, `text… (N bytes)`). */
const PARTIAL_BODY = /^<\d+ bytes of [^>]*>$|… \(\d+ bytes\)$/;

/**
 * A curl command that sends the request of an exchange again, with its headers and body; the same for a run's
 * evidence and the proxy's. Credentials stay redacted: the command reads them from `OPENEO_TOKEN` (the bearer
 * value after its `method/provider/` prefix) or `OPENEO_BASIC` (base64 of user:password). A body the evidence
 * holds only in part is left out and said so.
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
    if (!LEFT_OUT.has(name.toLowerCase())) parts.push("-H", curlHeader(name, value));
  const body = evidence.requestBody;
  if (body === undefined || body === "") return parts.join(" ");
  if (PARTIAL_BODY.test(body)) return `${parts.join(" ")} --data-binary @body  # the body is not shown whole`;
  parts.push("--data-raw", shellQuoted(body));
  return parts.join(" ");
}
