import type { Duplex } from "node:stream";
import { errorBody } from "./openeo-error.js";

const ANSWERS: Record<string, [status: number, reason: string, code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    "Request Header Fields Too Large",
    "RequestHeaderFieldsTooLarge",
    "The request's headers are larger than the server accepts (Node's limit, 16 KiB by default); send fewer or shorter headers.",
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    "Request Timeout",
    "RequestTimeout",
    "The request did not arrive in time; send it again, whole.",
  ],
};
const MALFORMED: [number, string, string, string] = [
  400,
  "Bad Request",
  "RequestInvalid",
  "The request is not valid HTTP/1.1 (request line or headers); the connection is closed.",
];

/**
 * Node's `clientError` handler: where Node itself refuses a request (oversized headers, a garbage request line,
 * a request timeout) the client gets an openEO error object instead of a bare status, and the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A response already under way (Node keeps it on the socket) cannot be followed by another one.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = ANSWERS[error.code ?? ""] ?? MALFORMED;
  const body = JSON.stringify(errorBody("e-client", code, message));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
