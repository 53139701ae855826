import type { FetchLike } from "../fetch-like.js";
import type { Redactor } from "../redaction/create-redactor.js";
import { redactHeaders } from "../redaction/redact-header.js";
import { redactText } from "../redaction/redact-text.js";
import type { Evidence } from "../types.js";
import { repeatedJsonParser } from "./repeated-json-parser.js";

export interface ProbeOptions {
  fetch: FetchLike;
  /** Per-request budget in real milliseconds, headers and body together. */
  timeoutMs: number;
  /** Largest body the probe reads; more is cut off and reported. */
  maxBodyBytes: number;
  /** Sent as `Origin` on every request so CORS headers can be checked on every answer. */
  origin: string;
  /** Learns every credential sent and every secret answered, so that the run can hide them in its reports. */
  redactor?: Redactor;
  /** Keep secrets in the evidence (`--no-redact`, for local debugging only). Default false. */
  showSecrets?: boolean;
  /**
   * The target's own clock (milliseconds since the epoch), when the run drives it (a mock on virtual time): each
   * exchange is marked with the target's time of its answer, which the target's Date header may not follow.
   */
  targetClock?: () => number;
}

export interface ProbeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent form-encoded (an identity provider's token endpoint); `client_secret` is redacted in the evidence. */
  form?: Record<string, string>;
  /**
   * What the exchange is for: the aggregate checks treat asset downloads and preflights apart, and judge a
   * `search` (a place where the API might be) only once it turned out to be part of the API.
   */
  purpose?: "api" | "asset" | "preflight" | "search" | "idp";
  /** This request's budget in real milliseconds when shorter than the probe's (a run near its deadline). */
  timeoutMs?: number;
}

/** One request and what came back. Never throws: every failure is in `problem`. */
export interface Exchange {
  readonly seq: number;
  readonly method: string;
  readonly url: URL;
  readonly purpose: NonNullable<ProbeRequest["purpose"]>;
  /** The JSON body sent, if any. */
  readonly requestJson: unknown;
  /** When the answer (or the failure) came, in milliseconds since the epoch on this machine's clock. */
  readonly receivedAt: number;
  /** The target's own time then, when the run drives the target's clock ({@link ProbeOptions.targetClock}). */
  readonly targetTime: number | undefined;
  readonly status: number | undefined;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  /** The body as JSON, when it parses (whatever the Content-Type says). */
  readonly json: unknown;
  readonly isJson: boolean;
  readonly problem: string | undefined;
  /** An answer arrived and its body was read whole (a redirect counts as complete). */
  readonly complete: boolean;
  readonly evidence: Evidence;
}

const EXCERPT_CHARS = 2000;
const TEXT_TYPES = /^(text\/|application\/(json|geo\+json|problem\+json|xml|[\w.+-]*\+json))/i;

// biome-ignore lint/plugin: a control-flow signal, caught in this file and reported as the exchange's problem
class ProbeTimeout extends Error {}

function headerRecord(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries());
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const detail = cause?.code ?? cause?.message;
  return detail && detail !== error.message ? `${error.message} (${detail})` : error.message;
}

function excerpt(bytes: Uint8Array, contentType: string | null): string {
  if (bytes.length === 0) return "";
  const looksText = contentType
    ? TEXT_TYPES.test(contentType)
    : bytes.every((byte) => byte >= 9 && byte < 128);
  if (!looksText) return `<${bytes.length} bytes of ${contentType ?? "unknown type"}>`;
  const text = new TextDecoder().decode(bytes.subarray(0, EXCERPT_CHARS * 4));
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}… (${bytes.length} bytes)` : text;
}

async function readBody(
  response: Response,
  limit: number,
  aborted: Promise<never>,
): Promise<{ bytes: Uint8Array; problem?: string }> {
  if (!response.body) return { bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      chunks.push(value);
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return {
          bytes: concat(chunks, limit),
          problem: `the body exceeded the limit of ${limit} bytes; reading stopped`,
        };
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof ProbeTimeout) {
      return {
        bytes: concat(chunks, total),
        problem: `the body did not complete in time (${total} bytes arrived; request timeout)`,
      };
    }
    return {
      bytes: concat(chunks, total),
      problem: `the connection broke after ${total} body bytes: ${describeCause(error)}`,
    };
  }
  return { bytes: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, total - offset), offset);
    offset += chunk.length;
    if (offset >= total) break;
  }
  return bytes;
}

/**
 * The kit's only way to talk HTTP: one request, a real-time budget for headers and body, a body size limit,
 * redirects reported instead of followed, and full evidence. It never throws and never retries.
 */
export function createProbe(options: ProbeOptions) {
  let seq = 0;
  const exchanges: Exchange[] = [];
  const parseJsonBytes = repeatedJsonParser();
  const parseJson = (bytes: Uint8Array): { json: unknown; isJson: boolean } => {
    const parsed = parseJsonBytes(bytes);
    return parsed.ok ? { json: parsed.value, isJson: true } : { json: undefined, isJson: false };
  };

  async function request(input: ProbeRequest): Promise<Exchange> {
    const started = performance.now();
    const requestHeaders = new Headers(input.headers);
    requestHeaders.set("Origin", options.origin);
    let body: string | undefined;
    if (input.json !== undefined) {
      body = JSON.stringify(input.json);
      requestHeaders.set("Content-Type", "application/json");
    } else if (input.form !== undefined) {
      body = new URLSearchParams(input.form).toString();
      requestHeaders.set("Content-Type", "application/x-www-form-urlencoded");
    }
    const purpose = input.purpose ?? "api";
    options.redactor?.learnRequest(requestHeaders, input.form);
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      return record(input, new URL("invalid:"), purpose, requestHeaders, body, started, {
        problem: `"${input.url}" is not an absolute URL`,
      });
    }
    const budgetMs = Math.max(1, Math.min(options.timeoutMs, input.timeoutMs ?? options.timeoutMs));
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const aborted = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ProbeTimeout());
      }, budgetMs);
    });
    aborted.catch(() => undefined);
    try {
      const response = await Promise.race([
        options.fetch(
          new Request(url, {
            method: input.method,
            headers: requestHeaders,
            body,
            redirect: "manual",
            signal: controller.signal,
          }),
        ),
        aborted,
      ]);
      const read =
        input.method === "HEAD"
          ? { bytes: new Uint8Array(0) }
          : await readBody(response, options.maxBodyBytes, aborted);
      let problem = read.problem;
      let complete = problem === undefined;
      // fetch decodes a compressed body; Content-Length then counts the encoded bytes, not those read
      const encoded = !/^(identity)?$/i.test(response.headers.get("content-encoding")?.trim() ?? "");
      const declared = encoded ? null : response.headers.get("content-length");
      if (!problem && declared !== null && input.method !== "HEAD" && Number(declared) > read.bytes.length) {
        problem = `the body was cut short: ${read.bytes.length} of the ${declared} bytes announced by Content-Length arrived`;
        complete = false;
      }
      // an asset's redirect is followed by the session; an API answer that redirects is a problem of the API
      if (!problem && purpose !== "asset" && response.status >= 300 && response.status < 400) {
        problem = `redirected (${response.status}) to ${response.headers.get("location") ?? "nowhere"}; the kit does not follow the API's redirects`;
      }
      return record(input, url, purpose, requestHeaders, body, started, {
        status: response.status,
        headers: response.headers,
        bytes: read.bytes,
        problem,
        complete,
      });
    } catch (error) {
      const problem =
        error instanceof ProbeTimeout
          ? `no complete answer within ${Math.round(budgetMs)} ms (request timeout)`
          : `the request failed: ${describeCause(error)}`;
      return record(input, url, purpose, requestHeaders, body, started, { problem });
    } finally {
      clearTimeout(timer);
    }
  }

  function record(
    input: ProbeRequest,
    url: URL,
    purpose: Exchange["purpose"],
    requestHeaders: Headers,
    body: string | undefined,
    started: number,
    outcome: {
      status?: number;
      headers?: Headers;
      bytes?: Uint8Array;
      problem?: string | undefined;
      complete?: boolean;
    },
  ): Exchange {
    const headers = outcome.headers ?? new Headers();
    const bytes = outcome.bytes ?? new Uint8Array(0);
    const { json, isJson } = parseJson(bytes);
    options.redactor?.learnAnswer(json);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const hide = !options.showSecrets;
    const shown = hide && body !== undefined ? redactText(body) : body;
    const evidence: Evidence = {
      method: input.method,
      url: url.href === "invalid:" ? input.url : url.href,
      requestHeaders: hide ? redactHeaders(requestHeaders) : headerRecord(requestHeaders),
      ...(shown === undefined
        ? {}
        : { requestBody: shown.length > EXCERPT_CHARS ? `${shown.slice(0, EXCERPT_CHARS)}…` : shown }),
      ...(outcome.status === undefined ? {} : { status: outcome.status }),
      responseHeaders: hide ? redactHeaders(headers) : headerRecord(headers),
      bodyExcerpt: hide
        ? redactText(excerpt(bytes, headers.get("content-type")))
        : excerpt(bytes, headers.get("content-type")),
      bodyBytes: bytes.length,
      durationMs,
      ...(outcome.problem === undefined ? {} : { problem: outcome.problem }),
    };
    seq += 1;
    const exchange: Exchange = {
      seq,
      method: input.method,
      url,
      purpose,
      requestJson: input.json,
      receivedAt: Date.now(),
      targetTime: options.targetClock?.(),
      status: outcome.status,
      headers,
      bytes,
      json,
      isJson,
      problem: outcome.problem,
      complete: outcome.complete ?? false,
      evidence,
    };
    exchanges.push(exchange);
    return exchange;
  }

  return { request, exchanges: exchanges as readonly Exchange[] };
}

export type Probe = ReturnType<typeof createProbe>;
