import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProxy, type ValidatingProxy } from "../src/index.js";
import { startLoggingServer } from "./logging-server.js";

let upstream: Awaited<ReturnType<typeof startLoggingServer>>;
let other: Awaited<ReturnType<typeof startLoggingServer>>;
let proxy: ValidatingProxy;

beforeAll(async () => {
  upstream = await startLoggingServer();
  other = await startLoggingServer();
  proxy = await createProxy({ upstream: `${upstream.url}/openeo/1.2`, requestTimeoutMs: 2_000 });
});
afterAll(async () => {
  await proxy.close(1_000);
  await Promise.all([upstream.close(), other.close()]);
});

/** Sends one request with a raw request target (what a hostile client can put on the request line). */
function send(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(proxy.origin, {
      path: target,
      headers: { authorization: "Bearer basic//client-secret-token" },
      timeout: 5_000,
    });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer to ${target} in 5 s`)));
    request.on("error", reject);
    request.end();
  });
}

describe("the proxy forwards only to the upstream's origin", { timeout: 15_000 }, () => {
  it.each([
    [
      "a protocol-relative path to another port",
      () => `//127.0.0.1:${other.port}/steal?x=1`,
      () => `//127.0.0.1:${other.port}/steal?x=1`,
    ],
    ["a protocol-relative path to another host", () => "//evil.invalid/path", () => "//evil.invalid/path"],
    [
      "a backslash path to another port",
      () => `/\\127.0.0.1:${other.port}/x`,
      () => `//127.0.0.1:${other.port}/x`,
    ],
    [
      "an absolute-form target naming another server",
      () => `http://127.0.0.1:${other.port}/abs?y=2`,
      () => "/abs?y=2",
    ],
  ])("%s goes to the upstream, and the other server receives nothing", async (_name, target, path) => {
    const before = upstream.received.length;
    expect(await send(target())).toBe(200);
    expect(other.received).toEqual([]);
    expect(upstream.received.slice(before)).toEqual([
      {
        method: "GET",
        target: path(),
        authorization: "Bearer basic//client-secret-token",
        cookie: undefined,
      },
    ]);
  });
});
