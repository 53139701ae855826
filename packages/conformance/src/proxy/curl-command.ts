import { curlHeader, shellQuoted } from "../redaction/redact-header.js";
import { redactText } from "../redaction/redact-text.js";
import type { ProxiedExchange } from "./proxied-exchange.js";

/** Headers curl sets itself or that only describe the proxy's connection. */
const LEFT_OUT = new Set(["host", "content-length", "connection", "accept-encoding", "user-agent"]);
const BODY_SHOWN = 8 * 1024;

/**
 * A curl command that repeats the request against the upstream directly. Credentials stay redacted, as in the
 * kit's reproductions: the command reads them from `OPENEO_TOKEN` or `OPENEO_BASIC`; secrets in the URL and body
 * show as `<redacted>`. Bodies longer than 8 KiB or not UTF-8 are left out and said so.
 */
export function curlCommand(exchange: ProxiedExchange): string {
  const parts = ["curl", "-i"];
  if (exchange.method === "HEAD") parts.push("-I");
  else if (exchange.method !== "GET") parts.push("-X", exchange.method);
  parts.push(shellQuoted(redactText(exchange.upstreamUrl.href)));
  exchange.requestHeaders.forEach((value, name) => {
    if (!LEFT_OUT.has(name)) parts.push("-H", curlHeader(name, value));
  });
  if (exchange.requestBodyBytes === 0) return parts.join(" ");
  let text: string | undefined;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(exchange.requestBody);
  } catch {
    text = undefined;
  }
  if (text === undefined || exchange.requestBodyBytes > BODY_SHOWN)
    return `${parts.join(" ")} --data-binary @body  # the ${exchange.requestBodyBytes}-byte body is not shown`;
  parts.push("--data-binary", shellQuoted(redactText(text)));
  return parts.join(" ");
}
