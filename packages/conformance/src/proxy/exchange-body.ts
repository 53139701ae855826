import type { ProxiedExchange } from "./proxied-exchange.js";

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;
const TEXT_TYPE = /^(text\/|application\/([\w.+-]*\+)?json)/i;

/** Whether a Content-Type names JSON (`application/json`, `application/geo+json`, …). */
export function isJsonType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType);
}

/** Parses bytes as JSON; `{ ok: false }` when they do not parse. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/** The answer's body as the contract sees it: the JSON, a marker for text that is not JSON, nothing otherwise. */
export function contractBody(exchange: ProxiedExchange): unknown {
  if (exchange.responseBody.length === 0) return undefined;
  const parsed = parseJson(exchange.responseBody);
  if (parsed.ok) return parsed.value;
  return TEXT_TYPE.test(exchange.responseHeaders.get("content-type") ?? "") ? "<not JSON>" : undefined;
}

/** The answer's JSON body, or undefined. */
export function responseJson(exchange: ProxiedExchange): unknown {
  if (!exchange.bodyJudgeable || exchange.responseBody.length === 0) return undefined;
  const parsed = parseJson(exchange.responseBody);
  return parsed.ok ? parsed.value : undefined;
}
