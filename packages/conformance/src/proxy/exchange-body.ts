import { parseJsonBytes } from "../internal/parse-json-bytes.js";
import type { ProxiedExchange } from "./proxied-exchange.js";

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

/** Whether a Content-Type names JSON (`application/json`, `application/geo+json`, …). */
export function isJsonType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType);
}

/** Parses bytes as JSON; `{ ok: false }` when they do not parse. */
export { parseJsonBytes as parseJson } from "../internal/parse-json-bytes.js";

/** The answer's JSON body, or undefined. */
export function responseJson(exchange: ProxiedExchange): unknown {
  if (!exchange.bodyJudgeable || exchange.responseBody.length === 0) return undefined;
  const parsed = parseJsonBytes(exchange.responseBody);
  return parsed.ok ? parsed.value : undefined;
}

/** The request's JSON body, when one was sent, kept whole and parses; undefined otherwise. */
export function requestJson(exchange: ProxiedExchange): unknown {
  const whole = exchange.requestBody.length === exchange.requestBodyBytes;
  if (exchange.requestBodyBytes === 0 || !whole) return undefined;
  const parsed = parseJsonBytes(exchange.requestBody);
  return parsed.ok ? parsed.value : undefined;
}
