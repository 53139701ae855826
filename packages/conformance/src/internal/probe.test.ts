import { describe, expect, it } from "vitest";
import type { FetchLike } from "../fetch-like.js";
import { createProbe } from "./probe.js";

function probe(fetch: FetchLike, options: { timeoutMs?: number; maxBodyBytes?: number } = {}) {
  return createProbe({
    fetch,
    timeoutMs: options.timeoutMs ?? 500,
    maxBodyBytes: options.maxBodyBytes ?? 1024,
    origin: "https://kit.test",
  });
}

function streamOf(
  chunks: Uint8Array[],
  { hang = false, error }: { hang?: boolean; error?: Error } = {},
): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++] as Uint8Array);
      else if (error) controller.error(error);
      else if (!hang) controller.close();
    },
  });
}

describe("createProbe", () => {
  it("records method, url, status, headers, a body excerpt and the duration, with credentials redacted", async () => {
    let seen: Request | undefined;
    const { request, exchanges } = probe(async (req) => {
      seen = req;
      return Response.json({ id: "j-1", status: "created" }, { headers: { "X-Trace": "abc" } });
    });
    const exchange = await request({
      method: "POST",
      url: "http://api.test/jobs",
      headers: { Authorization: "Bearer basic//secret" },
      json: { title: "t" },
    });
    expect(seen?.headers.get("origin")).toBe("https://kit.test");
    expect(seen?.headers.get("content-type")).toBe("application/json");
    expect(seen?.redirect).toBe("manual");
    expect(exchange.status).toBe(200);
    expect(exchange.json).toEqual({ id: "j-1", status: "created" });
    expect(exchange.problem).toBeUndefined();
    expect(exchange.evidence).toMatchObject({
      method: "POST",
      url: "http://api.test/jobs",
      requestHeaders: { authorization: "Bearer basic//<redacted>" },
      requestBody: '{"title":"t"}',
      status: 200,
      responseHeaders: { "x-trace": "abc" },
      bodyExcerpt: '{"id":"j-1","status":"created"}',
    });
    expect(exchange.evidence.durationMs).toBeGreaterThanOrEqual(0);
    expect(exchanges).toHaveLength(1);
  });

  it("reports a server that never answers as a timeout instead of hanging", async () => {
    const { request } = probe(() => new Promise<Response>(() => undefined), { timeoutMs: 50 });
    const exchange = await request({ method: "GET", url: "http://api.test/" });
    expect(exchange.status).toBeUndefined();
    expect(exchange.problem).toBe("no complete answer within 50 ms (request timeout)");
  });

  it("reports a body that stops flowing as a timeout, keeping the status and the bytes so far", async () => {
    const { request } = probe(
      async () => new Response(streamOf([new TextEncoder().encode("{")], { hang: true })),
      { timeoutMs: 50 },
    );
    const exchange = await request({ method: "GET", url: "http://api.test/" });
    expect(exchange.status).toBe(200);
    expect(exchange.complete).toBe(false);
    expect(exchange.problem).toBe("the body did not complete in time (1 bytes arrived; request timeout)");
  });

  it("reports a reset connection with its cause", async () => {
    const { request } = probe(async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      });
    });
    const exchange = await request({ method: "GET", url: "http://api.test/" });
    expect(exchange.problem).toBe("the request failed: fetch failed (ECONNRESET)");
  });

  it("reports a body that breaks off mid-stream", async () => {
    const { request } = probe(
      async () => new Response(streamOf([new Uint8Array(10)], { error: new Error("terminated") })),
    );
    const exchange = await request({ method: "GET", url: "http://api.test/a.tif" });
    expect(exchange.status).toBe(200);
    expect(exchange.bytes).toHaveLength(10);
    expect(exchange.problem).toBe("the connection broke after 10 body bytes: terminated");
    expect(exchange.complete).toBe(false);
  });

  it("reports fewer bytes than Content-Length announced", async () => {
    const { request } = probe(
      async () => new Response(new Uint8Array(5), { headers: { "Content-Length": "8" } }),
    );
    const exchange = await request({ method: "GET", url: "http://api.test/a.tif" });
    expect(exchange.problem).toBe(
      "the body was cut short: 5 of the 8 bytes announced by Content-Length arrived",
    );
  });

  it("stops reading at the body limit", async () => {
    const { request } = probe(
      async () => new Response(streamOf([new Uint8Array(600), new Uint8Array(600), new Uint8Array(600)])),
      { maxBodyBytes: 1000 },
    );
    const exchange = await request({ method: "GET", url: "http://api.test/big" });
    expect(exchange.bytes.length).toBe(1000);
    expect(exchange.problem).toBe("the body exceeded the limit of 1000 bytes; reading stopped");
  });

  it("reports a redirect instead of following it", async () => {
    let calls = 0;
    const { request } = probe(async () => {
      calls += 1;
      return new Response(null, { status: 301, headers: { Location: "https://elsewhere.test/" } });
    });
    const exchange = await request({ method: "GET", url: "http://api.test/" });
    expect(calls).toBe(1);
    expect(exchange.status).toBe(301);
    expect(exchange.problem).toBe(
      "redirected (301) to https://elsewhere.test/; the kit does not follow the API's redirects",
    );
    expect(exchange.complete).toBe(true);
  });

  it("keeps non-JSON bodies as bytes and summarises binary ones", async () => {
    const { request } = probe(
      async () =>
        new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { headers: { "Content-Type": "image/png" } }),
    );
    const exchange = await request({ method: "GET", url: "http://api.test/q.png" });
    expect(exchange.isJson).toBe(false);
    expect(exchange.json).toBeUndefined();
    expect(exchange.evidence.bodyExcerpt).toBe("<4 bytes of image/png>");
  });

  it("refuses a relative URL without calling fetch", async () => {
    const { request } = probe(async () => {
      throw new Error("must not be called");
    });
    const exchange = await request({ method: "GET", url: "/jobs" });
    expect(exchange.problem).toBe('"/jobs" is not an absolute URL');
  });
});
