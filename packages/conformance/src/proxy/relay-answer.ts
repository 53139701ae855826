import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { type BodyCapture, createBodyCapture, decodeBody } from "./body-capture.js";
import { isJsonType, parseJson } from "./exchange-body.js";
import { forwardable } from "./hop-headers.js";
import type { UrlRewriter } from "./rewrite-urls.js";

export interface RelayOptions {
  readonly method: string;
  readonly rewriter: UrlRewriter;
  readonly capBytes: number;
  /** The answer is the discovery document (its versions are rewritten too). */
  readonly wellKnown: boolean;
  /** The upstream's answer broke off: after how many body bytes, and why. */
  readonly onBroken: (bytes: number, error: Error) => void;
}

/** Location and Link headers on the upstream's origin, moved to the proxy's. */
function rewriteHeaders(headers: OutgoingHttpHeaders, rewriter: UrlRewriter): void {
  if (typeof headers.location === "string")
    headers.location = rewriter.location(headers.location) ?? headers.location;
  if (typeof headers.link === "string") headers.link = rewriter.link(headers.link) ?? headers.link;
}

/** Whether an answer is JSON whose URLs may need rewriting (and short enough to hold). */
function holdable(answer: IncomingMessage, method: string, capBytes: number): boolean {
  const status = answer.statusCode ?? 0;
  const declared = Number(answer.headers["content-length"] ?? Number.NaN);
  return (
    method !== "HEAD" &&
    status !== 204 &&
    status !== 304 &&
    !(declared > capBytes) &&
    isJsonType(answer.headers["content-type"] ?? null)
  );
}

/** Sends a held JSON answer: re-serialised when one of its URLs was rewritten, else the upstream's bytes. */
function sendHeld(
  answer: IncomingMessage,
  response: ServerResponse,
  headers: OutgoingHttpHeaders,
  raw: Buffer,
  options: RelayOptions,
): void {
  const decoded = decodeBody(raw, answer.headers["content-encoding"], options.capBytes);
  const parsed = decoded ? parseJson(decoded) : { ok: false as const };
  let body = raw;
  if (parsed.ok && options.rewriter.json(parsed.value, options.wellKnown)) {
    body = Buffer.from(JSON.stringify(parsed.value));
    delete headers["content-encoding"];
    headers["content-length"] = body.length;
  }
  response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers).end(body);
}

/**
 * Passes the upstream's answer to the client: headers rewritten, the body streamed with back-pressure (or, for
 * JSON up to the cap, held and rewritten), every byte counted and hashed and the first `capBytes` kept.
 */
export function relayAnswer(
  answer: IncomingMessage,
  response: ServerResponse,
  options: RelayOptions,
): BodyCapture {
  const body = createBodyCapture(options.capBytes);
  const headers = forwardable(answer.headers);
  rewriteHeaders(headers, options.rewriter);
  const writeHead = () => response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
  let held: Buffer[] | undefined = holdable(answer, options.method, options.capBytes) ? [] : undefined;
  if (!held) writeHead();
  answer.on("data", (chunk: Buffer) => {
    body.add(chunk);
    if (held) {
      held.push(chunk);
      if (body.whole) return;
      writeHead();
      for (const part of held) response.write(part);
      held = undefined;
      return;
    }
    if (!response.write(chunk)) {
      answer.pause();
      response.once("drain", () => answer.resume());
    }
  });
  answer.on("end", () => {
    if (held) sendHeld(answer, response, headers, Buffer.concat(held), options);
    else response.end();
  });
  answer.on("error", (error) => {
    options.onBroken(body.total, error);
    response.destroy();
  });
  return body;
}
