/**
 * A minimal openEO back-end over real HTTP on 127.0.0.1 (port 0) with one finished job `j`, for download
 * tests as a user meets them. Each asset either has fixed bytes or streams without end: 64 KiB chunks,
 * honouring back-pressure, until the client disconnects or `STREAM_CAP` bytes are out.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CAPABILITIES } from "./fake-fetch.js";

/** The most bytes an endless asset sends before it gives up on the client. */
export const STREAM_CAP = 64 * 1024 * 1024;

export interface ServedAsset {
  /** The STAC asset's extra fields, e.g. `file:size`. */
  metadata?: Record<string, unknown>;
  /** Fixed bytes; without them the asset streams until the client disconnects. */
  bytes?: Uint8Array;
}

export interface AssetServer {
  url: string;
  /** Bytes the endless assets had handed to their sockets when each connection closed. */
  streamed: number[];
  /** How many requests for asset files (fixed or endless) arrived. */
  fileRequests(): number;
  /** Resolves once every endless response has ended (the client went away or the cap was reached). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** Serves `assets` (keyed by asset name) as the results of job `j`. */
export async function assetServer(assets: Record<string, ServedAsset>): Promise<AssetServer> {
  const names = Object.keys(assets);
  const streamed: number[] = [];
  const streams: Promise<void>[] = [];
  let fileRequests = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    };
    if (path === "/") return send(200, CAPABILITIES);
    if (path === "/jobs/j/results") {
      const entries = names.map((name, index) => [
        name,
        { href: `${url}/files/${index}`, type: "application/octet-stream", ...assets[name]?.metadata },
      ]);
      return send(200, { type: "Feature", assets: Object.fromEntries(entries), links: [] });
    }
    const asset = assets[names[Number(path.match(/^\/files\/(\d+)$/)?.[1])] ?? ""];
    if (!asset) return send(404, { code: "NotFound", message: path });
    fileRequests++;
    if (asset.bytes) return void response.writeHead(200).end(asset.bytes);
    streams.push(streamEndlessly(response).then((bytes) => void streamed.push(bytes)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    streamed,
    fileRequests: () => fileRequests,
    settled: async () => void (await Promise.all(streams)),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes 64 KiB chunks until the client disconnects or STREAM_CAP is reached; resolves with the bytes written. */
async function streamEndlessly(response: ServerResponse): Promise<number> {
  const chunk = new Uint8Array(64 * 1024).fill(42);
  let closed = false;
  const gone = new Promise<void>((resolve) =>
    response.once("close", () => {
      closed = true;
      resolve();
    }),
  );
  response.writeHead(200, { "Content-Type": "application/octet-stream" });
  let written = 0;
  while (!closed && written < STREAM_CAP) {
    written += chunk.byteLength;
    if (!response.write(chunk))
      await Promise.race([new Promise((resolve) => response.once("drain", resolve)), gone]);
  }
  response.end();
  return written;
}
