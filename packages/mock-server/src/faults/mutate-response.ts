import { removePointer, setPointer } from "../internal/json-pointer.js";
import { JobkitMockError } from "../mock-error.js";
import type { ActionOf } from "./fault-registry.js";

const NO_BODY = new Set([101, 204, 205, 304]);

function withHeaders(
  response: Response,
  headers: Headers,
  body: BodyInit | null,
  status = response.status,
): Response {
  return new Response(NO_BODY.has(status) ? null : body, { status, statusText: "", headers });
}

/** `override`: replace the status, set/remove headers, set/remove JSON pointers in the body. */
export async function overrideResponse(response: Response, action: ActionOf<"override">): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const name of action.headers?.remove ?? []) headers.delete(name);
  for (const [name, value] of Object.entries(action.headers?.set ?? {})) headers.set(name, value);
  let body: BodyInit | null = response.body;
  if (action.body) {
    const text = await response.text();
    let json: unknown = {};
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = {};
      }
    }
    for (const pointer of action.body.remove ?? []) json = removePointer(json, pointer);
    for (const [pointer, value] of Object.entries(action.body.set ?? {}))
      json = setPointer(json, pointer, structuredClone(value));
    body = json === undefined ? "" : JSON.stringify(json);
    headers.delete("content-length");
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return withHeaders(response, headers, body, action.status ?? response.status);
}

/** `malformed-json`: same status and headers, a body that is cut-off JSON. */
export async function malformResponse(response: Response): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  const broken = text.length > 1 ? text.slice(0, Math.ceil(text.length / 2)) : '{"code": ';
  return withHeaders(response, headers, NO_BODY.has(response.status) ? null : `${broken}\u0000`);
}

/**
 * `truncate`: `Content-Length` announces the full body, but only `bytes` bytes come. Over HTTP, `cut` closes
 * the connection after flushing them; in process (no `cut`), reading the body rejects after them.
 */
export async function truncateResponse(
  response: Response,
  bytes: number,
  cut?: () => void,
): Promise<Response> {
  const headers = new Headers(response.headers);
  let source: ReadableStream<Uint8Array>;
  if (headers.has("content-length") && response.body) {
    source = response.body;
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    headers.set("content-length", String(buffer.byteLength));
    source = new Blob([buffer]).stream();
  }
  const reader = source.getReader();
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= bytes) {
        await reader.cancel();
        if (cut) {
          cut();
          controller.close();
          return;
        }
        // Thrown into the stream of a truncated body; the server then drops the connection.
        controller.error(
          new JobkitMockError("BodyTruncated", `body truncated after ${bytes} bytes (fault).`),
        );
        return;
      }
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      const room = bytes - sent;
      const chunk = value.byteLength > room ? value.subarray(0, room) : value;
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return withHeaders(response, headers, stream);
}
