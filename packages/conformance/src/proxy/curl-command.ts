import { redactHeader } from "../internal/redact-header.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import { redactBody } from "./redact.js";

/** Headers curl sets itself or that only describe the proxy's connection. */
const LEFT_OUT = new Set(["host", "content-length", "connection", "accept-encoding", "user-agent"]);
const BODY_SHOWN = 8 * 1024;

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * A curl command that repeats the request against the upstream directly (credentials redacted: put yours back
 * where it says `<redacted>`). Bodies longer than 8 KiB or not UTF-8 are left out and said so.
 */
export function curlCommand(exchange: ProxiedExchange): string {
  const parts = ["curl", "-i"];
  if (exchange.method === "HEAD") parts.push("-I");
  else if (exchange.method !== "GET") parts.push("-X", exchange.method);
  parts.push(quote(exchange.upstreamUrl.href));
  exchange.requestHeaders.forEach((value, name) => {
    if (!LEFT_OUT.has(name)) parts.push("-H", quote(`${name}: ${redactHeader(name, value)}`));
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
  parts.push("--data-binary", quote(redactBody(text)));
  return parts.join(" ");
}
