import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Why the proxy answers itself instead of the upstream. */
export type GatewayFailure = "unreachable" | "timeout" | "not-origin-form";

const ANSWERS: Readonly<Record<GatewayFailure, { status: number; code: string }>> = {
  unreachable: { status: 502, code: "UpstreamUnreachable" },
  timeout: { status: 504, code: "UpstreamTimeout" },
  "not-origin-form": { status: 400, code: "BadRequest" },
};

/**
 * Answers with an openEO error body (`{id, code, message}`) of the proxy's own: the upstream could not be reached or
 * ran out of budget. Browsers can read it (CORS) when an Origin was sent.
 */
export function sendGatewayError(
  request: IncomingMessage,
  response: ServerResponse,
  failure: GatewayFailure,
  message: string,
): void {
  const { status, code } = ANSWERS[failure];
  const body = JSON.stringify({ id: randomUUID(), code, message: `jobkit-conformance proxy: ${message}` });
  const headers: Record<string, string | number> = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  };
  if (request.headers.origin) headers["access-control-allow-origin"] = "*";
  response.writeHead(status, headers).end(body);
}
