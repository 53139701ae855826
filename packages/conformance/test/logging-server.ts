import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request as a {@link startLoggingServer} received it. */
export interface LoggedRequest {
  method: string;
  target: string;
  authorization: string | undefined;
  cookie: string | undefined;
}

/**
 * An HTTP server on 127.0.0.1 (a free port: its own origin) that logs the method, request target and credential
 * headers of every request, and answers with `answer` (default 200 with a small JSON body).
 */
export async function startLoggingServer(
  answer: (request: http.IncomingMessage) => { status: number; body?: string } = () => ({
    status: 200,
    body: "{}",
  }),
) {
  const received: LoggedRequest[] = [];
  const server = http.createServer((request, response) => {
    received.push({
      method: request.method ?? "",
      target: request.url ?? "",
      authorization: request.headers.authorization,
      cookie: request.headers.cookie,
    });
    const { status, body = "" } = answer(request);
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
