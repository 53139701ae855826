import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Transport } from "./transfer.js";

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const NULL_BODY_STATUS = new Set([204, 205, 304]);

/** The Node stream behind each response of {@link nodeFetch}. */
const incomingOf = new WeakMap<Response, IncomingMessage>();

/**
 * A `fetch` for GET downloads on `node:http(s)`, whose bodies {@link nodeTransport} reads as Node
 * streams: that costs far less CPU per byte than `fetch`'s web streams (see the README's benchmark).
 * It follows redirects as `fetch` does (dropping `Authorization` when the origin changes) and asks for
 * the bytes as stored (`Accept-Encoding: identity`); any other request, and an answer that is encoded
 * all the same, goes to `globalThis.fetch`.
 */
export async function nodeFetch(request: Request): Promise<Response> {
  if (request.method !== "GET") return globalThis.fetch(request);
  const headers: Record<string, string> = { "accept-encoding": "identity" };
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let url = new URL(request.url);
  for (let redirects = 0; ; redirects++) {
    const incoming = await get(url, headers, request.signal);
    const status = incoming.statusCode ?? 0;
    const location = incoming.headers.location;
    if (REDIRECT_STATUS.has(status) && location !== undefined) {
      incoming.resume();
      if (redirects === MAX_REDIRECTS) throw new TypeError(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) delete headers.authorization;
      url = next;
      continue;
    }
    const encoding = incoming.headers["content-encoding"];
    if (encoding !== undefined && encoding !== "identity") {
      incoming.destroy();
      return globalThis.fetch(request);
    }
    const responseHeaders = new Headers();
    for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
      responseHeaders.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
    }
    const init = { status, statusText: incoming.statusMessage ?? "", headers: responseHeaders };
    if (NULL_BODY_STATUS.has(status)) {
      incoming.resume();
      return new Response(null, init);
    }
    const response = new Response(webStream(incoming), init);
    incomingOf.set(response, incoming);
    return response;
  }
}

/** Downloads on `node:http(s)`: {@link nodeFetch}, its bodies read straight from the Node stream. */
export const nodeTransport: Transport = {
  fetch: nodeFetch,
  reader(response) {
    const incoming = incomingOf.get(response);
    if (!incoming) return undefined;
    incomingOf.delete(response);
    const chunks = incoming[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
    return {
      read: () => chunks.next(),
      cancel: (reason) => {
        incoming.destroy(reason instanceof Error ? reason : new Error(String(reason)));
      },
    };
  },
};

function get(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Promise.reject(new TypeError(`cannot download ${url.protocol} URLs`));
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    send(url, { headers, signal }, resolve).on("error", reject).end();
  });
}

/** The body as a web stream for readers other than {@link nodeTransport} (error bodies, `text()`); pulled lazily. */
function webStream(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= incoming[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel() {
        incoming.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}
