import { afterEach, describe, expect, it, vi } from "vitest";
import { json, scriptedFetch } from "../../test/fake-fetch.js";
import { JobkitClientError, OpenEOApiError } from "../errors.js";
import { Http } from "./http.js";
import { resolveRetry } from "./retry.js";
import { REAL_TIME } from "./waiter.js";

const BASE = "https://api.example/openeo/1.2";

function http(fetch: (request: Request) => Promise<Response>, timeoutMs = 0) {
  return new Http({
    fetch,
    baseUrl: BASE,
    retry: resolveRetry({ minDelayMs: 100, maxDelayMs: 1000 }),
    timeoutMs,
    waiter: REAL_TIME,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("Http", () => {
  it("maps an openEO error body to OpenEOApiError with status, code, id, url and message", async () => {
    const fetch = scriptedFetch([json({ id: "e1", code: "JobNotFound", message: "no such job" }, 404)]);
    const error = await http(fetch)
      .json("/jobs/x")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenEOApiError);
    expect(error).toMatchObject({
      status: 404,
      code: "JobNotFound",
      id: "e1",
      url: `${BASE}/jobs/x`,
      message: expect.stringContaining("no such job"),
    });
  });

  it("uses the code HttpError when the error body is not an openEO error", async () => {
    const fetch = scriptedFetch([new Response("<html>bad gateway</html>", { status: 500 })]);
    await expect(http(fetch).json("/")).rejects.toMatchObject({ status: 500, code: "HttpError" });
  });

  it("retries a GET on 503 and 502 with backoff, then succeeds", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch([json({}, 503), json({}, 502), json({ ok: true })]);
    const result = http(fetch).json("/jobs");
    await vi.advanceTimersByTimeAsync(2000);
    await expect(result).resolves.toEqual({ ok: true });
    expect(fetch.requests).toHaveLength(3);
  });

  it("honours Retry-After on 429", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch([
      json({ code: "TooManyRequests", message: "slow down" }, 429, { "Retry-After": "5" }),
      json([]),
    ]);
    const result = http(fetch).json("/jobs");
    await vi.advanceTimersByTimeAsync(4900);
    expect(fetch.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toEqual([]);
    expect(fetch.requests).toHaveLength(2);
  });

  it("raises a 429 at once when its Retry-After is longer than maxRetryAfterMs", async () => {
    const fetch = scriptedFetch([
      json({ code: "TooManyRequests", message: "come back tomorrow" }, 429, { "Retry-After": "86400" }),
      json([]),
    ]);
    await expect(http(fetch).json("/jobs")).rejects.toMatchObject({ status: 429, code: "TooManyRequests" });
    expect(fetch.requests).toHaveLength(1);
  });

  it("gives up after the configured retries and raises the last error", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch([
      json({}, 503),
      json({}, 503),
      json({}, 503),
      json({ code: "Internal", message: "down" }, 503),
    ]);
    const result = http(fetch)
      .json("/jobs")
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toMatchObject({ status: 503, code: "Internal" });
    expect(fetch.requests).toHaveLength(4);
  });

  it("does not retry a POST", async () => {
    const fetch = scriptedFetch([json({ code: "ServiceUnavailable", message: "x" }, 503)]);
    await expect(http(fetch).json("/jobs", { method: "POST", json: {} })).rejects.toMatchObject({
      status: 503,
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("retries connection resets of a GET and reports NetworkError when they persist", async () => {
    vi.useFakeTimers();
    const reset = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    const fetch = scriptedFetch([reset, reset, reset, reset]);
    const result = http(fetch)
      .json("/jobs")
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    const error = await result;
    expect(error).toBeInstanceOf(JobkitClientError);
    expect(error).toMatchObject({ code: "NetworkError", cause: reset });
    expect((error as Error).message).toMatch(
      /\(ECONNRESET\); check the URL and that the back-end is reachable$/,
    );
    expect(fetch.requests).toHaveLength(4);
  });

  it("times out a request that takes too long", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch([() => new Promise<Response>(() => {})]);
    const result = http(fetch, 1000)
      .json("/", { method: "POST" })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1001);
    expect(await result).toMatchObject({ code: "Timeout" });
  });

  it("rejects with the signal's reason when aborted, even if fetch ignores the signal", async () => {
    const fetch = scriptedFetch([() => new Promise<Response>(() => {})]);
    const controller = new AbortController();
    const result = http(fetch).json("/", { signal: controller.signal });
    controller.abort(new Error("user gave up"));
    await expect(result).rejects.toThrow("user gave up");
  });

  it("sends Authorization only to the API's own origin", async () => {
    const fetch = scriptedFetch([json({}), json({})]);
    const client = http(fetch);
    client.authorization = "Bearer basic//t";
    await client.json("/me");
    await client.json("https://storage.example/signed/file.tif");
    expect(fetch.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer basic//t", null]);
  });

  it("reports a body that is not JSON as InvalidResponse", async () => {
    const fetch = scriptedFetch([new Response("{oops", { status: 200 })]);
    await expect(http(fetch).json("/")).rejects.toMatchObject({ code: "InvalidResponse" });
  });
});
