import type { Context } from "hono";
import { OpenEOError } from "./openeo-error.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function assertNoForbiddenKeys(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertNoForbiddenKeys(item, `${path}/${index}`);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new OpenEOError("RequestInvalid", `The key "${key}" at "${path || "/"}" is not allowed.`);
    }
    assertNoForbiddenKeys((value as Record<string, unknown>)[key], `${path}/${key}`);
  }
}

/**
 * Reads a JSON request body with a byte limit. Oversized → 413 PayloadTooLarge, malformed JSON or
 * prototype keys (`__proto__`, `constructor`, `prototype`) → 400 RequestBodyInvalid. Never mutates state.
 */
export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const raw = c.req.raw.body ? new Uint8Array(await c.req.arrayBuffer()) : new Uint8Array();
  if (raw.byteLength > maxBytes) throw tooLarge(maxBytes);
  if (raw.byteLength === 0)
    throw new OpenEOError("RequestInvalid", "The request body is empty; send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch (error) {
    throw new OpenEOError("JsonInvalid", "The request body is not valid UTF-8 JSON.", {
      cause: error,
    });
  }
  assertNoForbiddenKeys(value, "");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new OpenEOError("RequestInvalid", "The request body must be a JSON object.");
  }
  return value;
}

function tooLarge(maxBytes: number): OpenEOError {
  return new OpenEOError("PayloadTooLarge", `The request body exceeds the limit of ${maxBytes} bytes.`);
}
