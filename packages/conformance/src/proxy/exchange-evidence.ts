import { redactHeaders } from "../redaction/redact-header.js";
import { redactText } from "../redaction/redact-text.js";
import type { Evidence } from "../types.js";
import type { ProxiedExchange } from "./proxied-exchange.js";

const EXCERPT_CHARS = 2000;
const TEXT_TYPE = /^(text\/|application\/(json|xml|[\w.+-]*\+json|[\w.+-]*\+xml))/i;

function excerpt(bytes: Uint8Array, total: number, contentType: string | null): string {
  if (total === 0) return "";
  if (bytes.length === 0 || !TEXT_TYPE.test(contentType ?? ""))
    return `<${total} bytes of ${contentType ?? "unknown type"}>`;
  const text = redactText(new TextDecoder().decode(bytes.subarray(0, EXCERPT_CHARS * 4)));
  return text.length > EXCERPT_CHARS || total > bytes.length
    ? `${text.slice(0, EXCERPT_CHARS)}… (${total} bytes)`
    : text;
}

/** An exchange in the kit's evidence shape (credentials redacted), for the reporters and the record. */
export function exchangeEvidence(exchange: ProxiedExchange): Evidence {
  const requestType = exchange.requestHeaders.get("content-type");
  const requestBody = excerpt(exchange.requestBody, exchange.requestBodyBytes, requestType ?? "text/plain");
  return {
    method: exchange.method,
    url: redactText(exchange.upstreamUrl.href),
    requestHeaders: redactHeaders(exchange.requestHeaders),
    ...(requestBody ? { requestBody } : {}),
    ...(exchange.status === undefined ? {} : { status: exchange.status }),
    responseHeaders: redactHeaders(exchange.responseHeaders),
    bodyExcerpt: excerpt(
      exchange.responseBody,
      exchange.responseBodyBytes,
      exchange.responseHeaders.get("content-type"),
    ),
    bodyBytes: exchange.responseBodyBytes,
    durationMs: exchange.durationMs,
    ...(exchange.problem === undefined ? {} : { problem: exchange.problem }),
  };
}
