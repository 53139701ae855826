import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createMockServer, type MockServerOptions } from "@jobkit/mock-server";
import { afterEach } from "vitest";

/** What a faulty server does with one request: an answer, or `undefined` to never answer it. */
export type FaultyHandler = (
  request: Request,
  mock: (request: Request) => Promise<Response>,
) => Promise<Response | undefined>;

/** A real HTTP server on 127.0.0.1 for CLI tests: the jobkit mock behind a handler that breaks chosen rules. */
export interface FaultyServer {
  readonly url: string;
  /** Connections the server still has open (a client that gave up must have closed its socket). */
  openSockets(): number;
  close(): Promise<void>;
}

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const method = incoming.method ?? "GET";
  return new Request(new URL(incoming.url ?? "/", origin), {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves the jobkit mock (poll timing: one status step per poll) through `handle` on a free port of
 * 127.0.0.1. Requests the handler leaves unanswered stay open until the client closes them.
 */
export async function startFaultyServer(
  handle: FaultyHandler,
  mockOptions: MockServerOptions = {},
): Promise<FaultyServer> {
  const mock = createMockServer({ timing: { mode: "poll" }, ...mockOptions });
  const forward = async (request: Request) => mock.app.fetch(request);
  const sockets = new Set<Socket>();
  let origin = "";
  const server = createServer((incoming, outgoing) => {
    toRequest(incoming, origin)
      .then((request) => handle(request, forward))
      .then((response) => (response ? send(response, outgoing) : undefined))
      .catch((error: unknown) => {
        outgoing.writeHead(500, { "Content-Type": "application/json" });
        outgoing.end(JSON.stringify({ code: "Internal", message: String(error) }));
      });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    openSockets: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A JSON answer with the CORS headers the mock's own answers carry. */
export function corsJson(value: unknown, status = 200): Response {
  return Response.json(value, {
    status,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": "Location, OpenEO-Identifier, OpenEO-Costs, Link",
    },
  });
}

/** The jobkit mock as it is, for paths the test does not break. */
export const passThrough: FaultyHandler = (request, mock) => mock(request);

/**
 * For a test file whose tests each start one faulty server: `serve` starts it (its URL comes back), `current` is
 * the running one, and each is closed after its test.
 */
export function serveEachTest(): {
  serve: (handle: FaultyHandler) => Promise<string>;
  current: () => FaultyServer | undefined;
} {
  let server: FaultyServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    serve: async (handle) => {
      server = await startFaultyServer(handle);
      return server.url;
    },
    current: () => server,
  };
}

/**
 * openeo-test-api: a cancel answers 204 but does not stop the job. The job reads canceled once, then goes on
 * running and finishes, and its results answer 200.
 */
export function cancelThatDoesNotHold(): FaultyHandler {
  const canceled = new Set<string>();
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    if (request.method === "DELETE" && /^\/jobs\/[^/]+\/results$/.test(path)) {
      canceled.add(path.replace(/\/results$/, ""));
      return new Response(null, { status: 204, headers: { "Access-Control-Allow-Origin": "*" } });
    }
    const answer = await mock(request);
    if (request.method !== "GET" || !canceled.delete(path) || answer.status !== 200) return answer;
    return corsJson({ ...((await answer.json()) as object), status: "canceled" });
  };
}
