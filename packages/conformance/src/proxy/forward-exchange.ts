import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import https from "node:https";
import { type BodyCapture, createBodyCapture, decodeBody } from "./body-capture.js";
import { isJsonType, parseJson } from "./exchange-body.js";
import { sendGatewayError } from "./gateway-error.js";
import { forwardable, toHeaders } from "./hop-headers.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { UrlRewriter } from "./rewrite-urls.js";

/** What one exchange needs from the proxy. */
export interface ForwardContext {
  readonly seq: number;
  readonly upstream: URL;
  readonly rewriter: UrlRewriter;
  readonly agent: http.Agent;
  /** Budget for silence: the wait for the answer's headers and any pause between body bytes. */
  readonly requestTimeoutMs: number;
  /** Budget for the whole exchange. */
  readonly exchangeTimeoutMs: number;
  readonly capBytes: number;
}

class BudgetSpent extends Error {}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** Location and Link headers on the upstream's origin, moved to the proxy's. */
function rewriteHeaders(headers: OutgoingHttpHeaders, rewriter: UrlRewriter): void {
  if (typeof headers.location === "string")
    headers.location = rewriter.location(headers.location) ?? headers.location;
  if (typeof headers.link === "string") headers.link = rewriter.link(headers.link) ?? headers.link;
}

/**
 * Forwards one request to the upstream and its answer back, streaming both ways. JSON answers up to the cap are
 * held so that their URLs can be rewritten; everything else flows through as it arrives, counted and hashed, the
 * first `capBytes` kept for the judges. Resolves when the client's side of the exchange is closed; never rejects.
 */
export function forwardExchange(
  request: IncomingMessage,
  response: ServerResponse,
  context: ForwardContext,
): Promise<ProxiedExchange> {
  const { upstream, rewriter, capBytes } = context;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const method = request.method ?? "GET";
  const requestBody = createBodyCapture(capBytes);
  let answer: IncomingMessage | undefined;
  let answerBody: BodyCapture | undefined;
  let problem: string | undefined;
  let problemSide: "client" | "server" | undefined;
  const blame = (side: "client" | "server", text: string) => {
    if (problem !== undefined) return;
    problem = text;
    problemSide = side;
  };

  const path = request.url ?? "/";
  const target = new URL(path.startsWith("/") ? path : "/", upstream.origin);
  const headers = forwardable(request.headers);
  headers.host = upstream.host;
  const client = target.protocol === "https:" ? https : http;
  const upstreamRequest = client.request(target, { method, headers, agent: context.agent });
  const budget = setTimeout(
    () =>
      upstreamRequest.destroy(
        new BudgetSpent(`the exchange outlasted its budget of ${context.exchangeTimeoutMs} ms`),
      ),
    context.exchangeTimeoutMs,
  );
  upstreamRequest.setTimeout(context.requestTimeoutMs, () =>
    upstreamRequest.destroy(new BudgetSpent(`the upstream was silent for ${context.requestTimeoutMs} ms`)),
  );

  function relay(upstreamAnswer: IncomingMessage): void {
    answer = upstreamAnswer;
    const body = createBodyCapture(capBytes);
    answerBody = body;
    const status = upstreamAnswer.statusCode ?? 502;
    const outHeaders = forwardable(upstreamAnswer.headers);
    rewriteHeaders(outHeaders, rewriter);
    const declared = Number(upstreamAnswer.headers["content-length"] ?? Number.NaN);
    const rewritable =
      method !== "HEAD" &&
      status !== 204 &&
      status !== 304 &&
      isJsonType(upstreamAnswer.headers["content-type"] ?? null);
    let held: Buffer[] | undefined = rewritable && !(declared > capBytes) ? [] : undefined;
    if (!held) response.writeHead(status, upstreamAnswer.statusMessage, outHeaders);
    upstreamAnswer.on("data", (chunk: Buffer) => {
      body.add(chunk);
      if (held) {
        held.push(chunk);
        if (body.whole) return;
        response.writeHead(status, upstreamAnswer.statusMessage, outHeaders);
        for (const part of held) response.write(part);
        held = undefined;
        return;
      }
      if (!response.write(chunk)) {
        upstreamAnswer.pause();
        response.once("drain", () => upstreamAnswer.resume());
      }
    });
    upstreamAnswer.on("end", () => {
      if (!held) response.end();
      else sendRewritten(status, upstreamAnswer, outHeaders, Buffer.concat(held));
    });
    upstreamAnswer.on("error", (error) => {
      blame("server", `the answer broke off after ${body.total} body bytes: ${describe(error)}`);
      response.destroy();
    });
  }

  function sendRewritten(
    status: number,
    upstreamAnswer: IncomingMessage,
    outHeaders: OutgoingHttpHeaders,
    raw: Buffer,
  ) {
    const decoded = decodeBody(raw, upstreamAnswer.headers["content-encoding"], capBytes);
    const parsed = decoded ? parseJson(decoded) : { ok: false as const };
    if (parsed.ok && rewriter.json(parsed.value, target.pathname === "/.well-known/openeo")) {
      const rewritten = Buffer.from(JSON.stringify(parsed.value));
      delete outHeaders["content-encoding"];
      outHeaders["content-length"] = rewritten.length;
      response.writeHead(status, upstreamAnswer.statusMessage, outHeaders).end(rewritten);
    } else response.writeHead(status, upstreamAnswer.statusMessage, outHeaders).end(raw);
  }

  upstreamRequest.on("response", relay);
  upstreamRequest.on("error", (error) => {
    if (answer) return;
    const spent = error instanceof BudgetSpent;
    blame(
      "server",
      spent ? `no answer: ${error.message}` : `the upstream did not answer: ${describe(error)}`,
    );
    if (response.headersSent) response.destroy();
    else
      sendGatewayError(
        request,
        response,
        spent ? "timeout" : "unreachable",
        `the upstream ${upstream.origin} ${spent ? "gave no answer in time" : "could not be reached"}: ${error.message}. Check that it runs and that --upstream names it.`,
      );
  });
  request.on("data", (chunk: Buffer) => requestBody.add(chunk));
  request.pipe(upstreamRequest);

  return new Promise((resolve) => {
    response.on("close", () => {
      clearTimeout(budget);
      if (!response.writableFinished) {
        blame(
          "client",
          "the client went away before the answer was complete; the upstream request was aborted",
        );
        upstreamRequest.destroy();
      }
      const whole =
        answer?.complete === true && answerBody !== undefined && answerBody.whole && problem === undefined;
      const decoded = whole
        ? decodeBody(answerBody?.bytes() ?? Buffer.alloc(0), answer?.headers["content-encoding"], capBytes)
        : undefined;
      resolve({
        seq: context.seq,
        startedAt,
        method,
        upstreamUrl: target,
        requestHeaders: toHeaders(request.headers),
        requestBody: requestBody.bytes(),
        requestBodyBytes: requestBody.total,
        status: answer?.statusCode,
        responseHeaders: answer ? toHeaders(answer.headers) : new Headers(),
        responseBody: decoded ?? new Uint8Array(0),
        responseBodyBytes: answerBody?.total ?? 0,
        bodyJudgeable: decoded !== undefined,
        sha256: answer?.complete && problem === undefined ? answerBody?.sha256() : undefined,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        problem,
        problemSide,
      });
    });
  });
}
