import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import { type BodyCapture, createBodyCapture, decodeBody } from "./body-capture.js";
import { sendGatewayError } from "./gateway-error.js";
import { forwardable, toHeaders } from "./hop-headers.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import { relayAnswer } from "./relay-answer.js";
import type { UrlRewriter } from "./rewrite-urls.js";

/** What one exchange needs from the proxy. */
export interface ForwardContext {
  readonly seq: number;
  readonly upstream: URL;
  /** The URL the request goes to: on the upstream's origin, always (`upstreamTarget`). */
  readonly target: URL;
  readonly rewriter: UrlRewriter;
  readonly agent: http.Agent;
  /** Budget for silence: the wait for the answer's headers and any pause between body bytes. */
  readonly requestTimeoutMs: number;
  /** Budget for the whole exchange. */
  readonly exchangeTimeoutMs: number;
  readonly capBytes: number;
}

/** What an exchange gathers while it runs. */
interface ExchangeState {
  readonly started: number;
  readonly startedAt: string;
  readonly method: string;
  readonly target: URL;
  readonly requestBody: BodyCapture;
  answer?: IncomingMessage;
  answerBody?: BodyCapture;
  problem?: string;
  problemSide?: "client" | "server";
}

// biome-ignore lint/plugin: a control-flow signal, caught in this file and answered as a gateway error
class BudgetSpent extends Error {}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

function blame(state: ExchangeState, side: "client" | "server", text: string): void {
  if (state.problem !== undefined) return;
  state.problem = text;
  state.problemSide = side;
}

/** The request to the upstream, with the exchange's budgets on it: silence, and the whole exchange. */
function openUpstream(request: IncomingMessage, state: ExchangeState, context: ForwardContext) {
  const headers = forwardable(request.headers);
  headers.host = context.upstream.host;
  const client = state.target.protocol === "https:" ? https : http;
  const upstreamRequest = client.request(state.target, {
    method: state.method,
    headers,
    agent: context.agent,
  });
  const spend = (text: string) => () => upstreamRequest.destroy(new BudgetSpent(text));
  const budget = setTimeout(
    spend(`the exchange outlasted its budget of ${context.exchangeTimeoutMs} ms`),
    context.exchangeTimeoutMs,
  );
  upstreamRequest.setTimeout(
    context.requestTimeoutMs,
    spend(`the upstream was silent for ${context.requestTimeoutMs} ms`),
  );
  return { upstreamRequest, budget };
}

/** No answer came: the proxy answers 502/504 itself (or cuts the connection when headers already went out). */
function answerForUpstream(
  error: Error,
  request: IncomingMessage,
  response: ServerResponse,
  state: ExchangeState,
  upstream: URL,
): void {
  const spent = error instanceof BudgetSpent;
  blame(
    state,
    "server",
    spent ? `no answer: ${error.message}` : `the upstream did not answer: ${describe(error)}`,
  );
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const what = spent ? "gave no answer in time" : "could not be reached";
  sendGatewayError(
    request,
    response,
    spent ? "timeout" : "unreachable",
    `the upstream ${upstream.origin} ${what}: ${error.message}. Check that it runs and that --upstream names it.`,
  );
}

function toExchange(
  request: IncomingMessage,
  state: ExchangeState,
  context: ForwardContext,
): ProxiedExchange {
  const { answer, answerBody, problem } = state;
  const whole = answer?.complete === true && answerBody?.whole === true && problem === undefined;
  const decoded = whole
    ? decodeBody(answerBody.bytes(), answer.headers["content-encoding"], context.capBytes)
    : undefined;
  return {
    seq: context.seq,
    startedAt: state.startedAt,
    method: state.method,
    upstreamUrl: state.target,
    requestHeaders: toHeaders(request.headers),
    requestBody: state.requestBody.bytes(),
    requestBodyBytes: state.requestBody.total,
    status: answer?.statusCode,
    responseHeaders: answer ? toHeaders(answer.headers) : new Headers(),
    responseBody: decoded ?? new Uint8Array(0),
    responseBodyBytes: answerBody?.total ?? 0,
    bodyJudgeable: decoded !== undefined,
    sha256: answer?.complete && problem === undefined ? answerBody?.sha256() : undefined,
    durationMs: Math.round((performance.now() - state.started) * 10) / 10,
    problem,
    problemSide: state.problemSide,
  };
}

/**
 * Forwards one request to its target on the upstream's origin (`Host` of the upstream) and streams its answer
 * back through {@link relayAnswer}. A client that goes away aborts the upstream request. Resolves when the
 * client's side is closed; never rejects.
 */
export function forwardExchange(
  request: IncomingMessage,
  response: ServerResponse,
  context: ForwardContext,
): Promise<ProxiedExchange> {
  const state: ExchangeState = {
    started: performance.now(),
    startedAt: new Date().toISOString(),
    method: request.method ?? "GET",
    target: context.target,
    requestBody: createBodyCapture(context.capBytes),
  };
  const { upstreamRequest, budget } = openUpstream(request, state, context);
  upstreamRequest.on("response", (answer) => {
    state.answer = answer;
    state.answerBody = relayAnswer(answer, response, {
      method: state.method,
      rewriter: context.rewriter,
      capBytes: context.capBytes,
      wellKnown: state.target.pathname === "/.well-known/openeo",
      onBroken: (bytes, error) =>
        blame(state, "server", `the answer broke off after ${bytes} body bytes: ${describe(error)}`),
    });
  });
  upstreamRequest.on("error", (error) => {
    if (!state.answer) answerForUpstream(error, request, response, state, context.upstream);
  });
  request.on("data", (chunk: Buffer) => state.requestBody.add(chunk));
  request.pipe(upstreamRequest);
  return new Promise((resolve) => {
    response.on("close", () => {
      clearTimeout(budget);
      if (!response.writableFinished) {
        blame(
          state,
          "client",
          "the client went away before the answer was complete; the upstream request was aborted",
        );
        upstreamRequest.destroy();
      }
      resolve(toExchange(request, state, context));
    });
  });
}
