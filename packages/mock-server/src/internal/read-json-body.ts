import type { Context } from "hono";
import type { NodeEnv } from "./node-bindings.js";
import { OpenEOError } from "./openeo-error.js";
import { requestHeader } from "./request-header.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Deepest nesting accepted in a JSON body (process graphs with callbacks stay far below it). */
const MAX_DEPTH = 64;

/** The JSON pointer of `keys`, for messages only (building it for every node would cost more than the check). */
function pointer(keys: readonly (string | number)[]): string {
  return keys.map((key) => `/${key}`).join("");
}

/** `keys` is the path to `value`, pushed and popped as the walk goes. */
function checkStructure(value: unknown, keys: (string | number)[]): void {
  if (typeof value !== "object" || value === null) return;
  if (keys.length > MAX_DEPTH) {
    throw new OpenEOError(
      "RequestInvalid",
      `The request body is nested deeper than ${MAX_DEPTH} levels at "${pointer(keys)}".`,
    );
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      checkStructure(value[i], keys);
      keys.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new OpenEOError(
        "RequestInvalid",
        `The key "${key}" at "${pointer(keys) || "/"}" is not allowed.`,
      );
    }
    keys.push(key);
    checkStructure((value as Record<string, unknown>)[key], keys);
    keys.pop();
  }
}

function tooLarge(maxBytes: number): OpenEOError {
  return new OpenEOError("PayloadTooLarge", `The request body exceeds the limit of ${maxBytes} bytes.`);
}

/** Reads the raw body: straight from Node's request when served by @hono/node-server, else from the Request. */
async function readStream<E extends NodeEnv>(c: Context<E>, maxBytes: number): Promise<Uint8Array> {
  const incoming = c.env?.incoming;
  if (!incoming || incoming.readableEnded) return new Uint8Array(await c.req.arrayBuffer());
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Reads the request body with a byte limit; oversized → 413 PayloadTooLarge. */
export async function readBodyBytes<E extends NodeEnv>(c: Context<E>, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(requestHeader(c, "content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const raw = await readStream(c, maxBytes);
  if (raw.byteLength > maxBytes) throw tooLarge(maxBytes);
  return raw;
}

/**
 * Reads a JSON request body with a byte limit. A Content-Type other than `application/json` (or `…+json`), or
 * none → 400 ContentTypeInvalid (unless `anyContentType`, for the control API); oversized → 413 PayloadTooLarge, malformed JSON → 400
 * JsonInvalid (also when too deep for the parser), a non-object, nesting deeper than 64 levels or prototype keys
 * (`__proto__`, `constructor`, `prototype`) → 400 RequestInvalid.
 * Never mutates state.
 */
export async function readJsonBody<E extends NodeEnv>(
  c: Context<E>,
  maxBytes: number,
  { anyContentType = false } = {},
): Promise<Record<string, unknown>> {
  const mediaType = (requestHeader(c, "content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!anyContentType && mediaType !== "application/json" && !mediaType.endsWith("+json")) {
    throw new OpenEOError(
      "ContentTypeInvalid",
      `The media type is not supported: send the JSON body with Content-Type: application/json, not '${mediaType || "none"}'.`,
    );
  }
  const raw = await readBodyBytes(c, maxBytes);
  if (raw.byteLength === 0)
    throw new OpenEOError("RequestInvalid", "The request body is empty; send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(raw));
  } catch (error) {
    throw new OpenEOError("JsonInvalid", "The request body is not valid UTF-8 JSON.", { cause: error });
  }
  checkStructure(value, []);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new OpenEOError("RequestInvalid", "The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}
