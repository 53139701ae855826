import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAPABILITIES } from "../../test/fake-fetch.js";
import { connect } from "../connect.js";
import { downloadAsset, downloadFile } from "../node.js";
import { nodeFetch } from "./node-transport.js";

const DATA = new Uint8Array(300_000).map((_, i) => (i * 13) % 251);
const CHECKSUM = `1220${createHash("sha256").update(DATA).digest("hex")}`;

type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 (free port) answering from `routes` by path; 404 otherwise. */
async function serve(
  routes: Record<string, Route>,
): Promise<{ server: Server; url: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    seen.push(request);
    const route = routes[new URL(request.url ?? "/", "http://x").pathname];
    if (route) route(request, response);
    else sendJson(response, { code: "NotFound", message: `no ${request.url}` }, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function sendJson(response: ServerResponse, body: unknown, status = 200): void {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

/** Serves DATA with Range support; the first `truncations` answers break the connection after `cut` bytes. */
function file(options: { truncations?: number; cut?: number } = {}): Route {
  let truncations = options.truncations ?? 0;
  return (request, response) => {
    const start = Number(request.headers.range?.match(/^bytes=(\d+)-$/)?.[1] ?? 0);
    const headers: Record<string, string> = { "Content-Length": String(DATA.length - start), ETag: '"v1"' };
    if (start > 0) headers["Content-Range"] = `bytes ${start}-${DATA.length - 1}/${DATA.length}`;
    response.writeHead(start > 0 ? 206 : 200, headers);
    if (truncations > 0) {
      truncations--;
      response.write(DATA.subarray(start, options.cut ?? 100_000), () => response.destroy());
    } else {
      response.end(DATA.subarray(start));
    }
  };
}

/** A back-end whose job `j` has one asset at `href` (with size and checksum); Basic auth alice/secret. */
function backend(href: () => string): Record<string, Route> {
  return {
    "/": (_, response) => sendJson(response, CAPABILITIES),
    "/credentials/basic": (_, response) => sendJson(response, { access_token: "tok" }),
    "/jobs/j/results": (_, response) =>
      sendJson(response, {
        type: "Feature",
        links: [],
        assets: {
          "a.bin": { href: href(), type: "x/y", "file:size": DATA.length, "file:checksum": CHECKSUM },
        },
      }),
  };
}

async function assetAt(url: string, timeout = 2000) {
  const connection = await connect(url, {
    auth: { user: "alice", password: "secret" },
    retry: { minDelayMs: 1, maxDelayMs: 2 },
    timeout,
  });
  const results = connection.job("j").getResults();
  const [asset] = await results.getAssets();
  if (!asset) throw new Error("no asset");
  return { asset, results };
}

const servers: Server[] = [];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-node-transport-"));
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(dir, { recursive: true, force: true });
});

const fileRequests = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([request]) => (request as Request).url.includes("/files/"));

describe("downloads over node:http (no injected fetch)", () => {
  it("writes the verified file without going through fetch, sending the credentials", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const { url, seen } = await serve({ ...backend(() => `${url}/files/a.bin`), "/files/a.bin": file() });
    const { asset } = await assetAt(url);
    const path = await downloadAsset(asset, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(await readdir(dir)).toEqual(["out.bin"]);
    expect(fetchSpy.mock.calls.length).toBeGreaterThan(0); // connect and metadata went through fetch …
    expect(fileRequests(fetchSpy)).toHaveLength(0); // … the download did not
    const download = seen.find((request) => request.url === "/files/a.bin");
    expect(download?.headers.authorization).toBe("Bearer basic//tok");
    expect(download?.headers["accept-encoding"]).toBe("identity");
  });

  it("resumes a connection broken mid-body with Range and If-Range", async () => {
    const { url, seen } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      "/files/a.bin": file({ truncations: 1, cut: 100_000 }),
    });
    const { results } = await assetAt(url);
    const path = await downloadFile(results, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    const downloads = seen.filter((request) => request.url === "/files/a.bin");
    expect(downloads).toHaveLength(2);
    expect(downloads[1]?.headers.range).toMatch(/^bytes=\d+-$/);
    expect(Number(downloads[1]?.headers.range?.slice(6, -1))).toBeGreaterThan(0);
    expect(downloads[1]?.headers["if-range"]).toBe('"v1"');
  });

  it("resumes a body that stalls longer than the timeout", async () => {
    const serveFile = file();
    let stalled = false;
    const { url, seen } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      "/files/a.bin": (request, response) => {
        if (stalled) return serveFile(request, response);
        stalled = true;
        response.writeHead(200, { "Content-Length": String(DATA.length), ETag: '"v1"' });
        response.write(DATA.subarray(0, 120_000)); // then silence
      },
    });
    const { results } = await assetAt(url, 500);
    const path = await downloadFile(results, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    const downloads = seen.filter((request) => request.url === "/files/a.bin");
    expect(downloads.map((request) => request.headers.range)).toEqual([undefined, "bytes=120000-"]);
  });

  it("follows redirects, dropping Authorization when the origin changes", async () => {
    const storage = await serve({ "/files/a.bin": file() });
    const { url } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      "/files/a.bin": (_, response) => response.writeHead(302, { Location: "/moved/a.bin" }).end("moved"),
      "/moved/a.bin": (_, response) =>
        response.writeHead(307, { Location: `${storage.url}/files/a.bin` }).end(),
    });
    const { asset } = await assetAt(url);
    const path = await downloadAsset(asset, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(storage.seen).toHaveLength(1);
    expect(storage.seen[0]?.headers.authorization).toBeUndefined();
  });

  it("refuses an endless redirect loop, leaving no file", async () => {
    const { url } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      "/files/a.bin": (_, response) => response.writeHead(301, { Location: "/files/a.bin" }).end(),
    });
    const { asset } = await assetAt(url);
    await expect(downloadAsset(asset, join(dir, "out.bin"))).rejects.toMatchObject({
      code: "NetworkError",
      message: expect.stringContaining("redirects"),
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("maps an error answer to OpenEOApiError, leaving no file", async () => {
    const { url } = await serve(backend(() => `${url}/files/gone.bin`));
    const { asset } = await assetAt(url);
    await expect(downloadAsset(asset, join(dir, "out.bin"))).rejects.toMatchObject({
      status: 404,
      code: "NotFound",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("hands an encoded answer to fetch, which decodes it", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const { url } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      "/files/a.bin": (_, response) =>
        response.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync(DATA)),
    });
    const { asset } = await assetAt(url);
    const path = await downloadAsset(asset, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(fileRequests(fetchSpy)).toHaveLength(1);
  });

  it("aborts mid-body with the signal's reason, leaving no file", async () => {
    const { url } = await serve({
      ...backend(() => `${url}/files/a.bin`),
      // half the file, then silence
      "/files/a.bin": (_, response) => {
        response.writeHead(200, { "Content-Length": String(DATA.length) });
        response.write(DATA.subarray(0, 150_000));
      },
    });
    const { asset } = await assetAt(url);
    const controller = new AbortController();
    const download = downloadAsset(asset, join(dir, "out.bin"), {
      signal: controller.signal,
      onProgress: ({ received }) => {
        if (received > 0) controller.abort(new Error("user gave up"));
      },
    });
    await expect(download).rejects.toThrow("user gave up");
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("nodeFetch", () => {
  it("gives other methods to fetch", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const { url } = await serve({ "/x": (_, response) => sendJson(response, { ok: true }, 201) });
    const response = await nodeFetch(new Request(`${url}/x`, { method: "POST", body: "{}" }));
    expect(response.status).toBe(201);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it("answers a Response whose body reads as a web stream too", async () => {
    const { url } = await serve({ "/files/a.bin": file() });
    const response = await nodeFetch(new Request(`${url}/files/a.bin`));
    expect(response.headers.get("ETag")).toBe('"v1"');
    expect(Buffer.from(await response.arrayBuffer()).equals(DATA)).toBe(true);
  });

  it("refuses URLs other than http and https", async () => {
    await expect(nodeFetch(new Request("data:,hello"))).rejects.toThrow("data:");
  });
});
