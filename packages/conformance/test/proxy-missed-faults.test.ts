import { afterEach, describe, expect, it } from "vitest";
import { createProxy, proxyResult, type ValidatingProxy } from "../src/index.js";
import { cancelThatDoesNotHold, type FaultyHandler, passThrough, serveEachTest } from "./faulty-server.js";
import { aliceAuth, JOB_BODY } from "./proxy-helpers.js";

/**
 * Server faults the proxy used to let through (found on openeo-test-api and the python-driver dummy), rebuilt on
 * the mock: each fails its check in the proxy's verdict, and the mock as it is passes the same check.
 */

const { serve } = serveEachTest();
let proxy: ValidatingProxy | undefined;
afterEach(async () => {
  await proxy?.close(1_000);
  proxy = undefined;
});

const CORS = { "Access-Control-Allow-Origin": "*" };
const serverError = () =>
  Response.json({ code: "Internal", message: "the server broke" }, { status: 500, headers: CORS });

/** A 500 to `GET /` when it carries a legacy bearer token (`basic//…`). */
const legacyBearerCrash: FaultyHandler = async (request, mock) => {
  const legacy = (request.headers.get("authorization") ?? "").startsWith("Bearer basic//");
  return new URL(request.url).pathname === "/" && legacy ? serverError() : mock(request);
};

/** A 500 to every download of an asset a results document declared. */
function brokenDownloads(): FaultyHandler {
  const assets = new Set<string>();
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    if (assets.has(path)) return serverError();
    const answer = await mock(request);
    if (!/^\/jobs\/[^/]+\/results$/.test(path) || request.method !== "GET" || answer.status !== 200)
      return answer;
    const results = (await answer.clone().json()) as { assets: Record<string, { href: string }> };
    for (const asset of Object.values(results.assets)) assets.add(new URL(asset.href).pathname);
    return answer;
  };
}

/** A cancel that answers 204 and stops nothing: the job reads running right after. */
const idleCancel: FaultyHandler = async (request, mock) =>
  request.method === "DELETE" && /^\/jobs\/[^/]+\/results$/.test(new URL(request.url).pathname)
    ? new Response(null, { status: 204, headers: CORS })
    : mock(request);

async function through(handler: FaultyHandler): Promise<ValidatingProxy> {
  proxy = await createProxy({ upstream: await serve(handler), followAssets: true });
  return proxy;
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${(proxy as ValidatingProxy).url}${path}`, init);
  await response.arrayBuffer();
  return response;
}

/** Creates and starts alice's job; polls until `status` (a bounded number of polls). */
async function startedJob(headers: Record<string, string>, until: string): Promise<string> {
  const created = await call("/jobs", {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(JOB_BODY),
  });
  const id = created.headers.get("openeo-identifier") as string;
  await call(`/jobs/${id}/results`, { method: "POST", headers });
  for (let poll = 0; poll < 20; poll += 1) {
    const answer = await fetch(`${(proxy as ValidatingProxy).url}/jobs/${id}`, { headers });
    if (((await answer.json()) as { status: string }).status === until) return id;
  }
  throw new Error(`the job never became ${until}`);
}

async function verdictOf(id: string) {
  const closed = proxy as ValidatingProxy;
  await closed.close(1_000);
  const result = proxyResult(closed, { startedAt: new Date().toISOString(), durationMs: 0, runProblems: [] });
  return { check: result.checks.find((check) => check.id === id), verdict: result.verdict };
}

const flows = {
  "capabilities.fields": async () => {
    await call("/", { headers: await aliceAuth((proxy as ValidatingProxy).url) });
  },
  "downloads.get": async () => {
    const headers = await aliceAuth((proxy as ValidatingProxy).url);
    const id = await startedJob(headers, "finished");
    const results = await fetch(`${(proxy as ValidatingProxy).url}/jobs/${id}/results`, { headers });
    const { assets } = (await results.json()) as { assets: Record<string, { href: string }> };
    for (const asset of Object.values(assets)) await (await fetch(asset.href)).arrayBuffer();
  },
  "cancel.canceled": async () => {
    const headers = await aliceAuth((proxy as ValidatingProxy).url);
    const id = await startedJob(headers, "running");
    await call(`/jobs/${id}/results`, { method: "DELETE", headers });
    await call(`/jobs/${id}`, { headers });
  },
  "jobs.transitions": async () => {
    const headers = await aliceAuth((proxy as ValidatingProxy).url);
    const id = await startedJob(headers, "running");
    await call(`/jobs/${id}/results`, { method: "DELETE", headers });
    for (let poll = 0; poll < 2; poll += 1) await call(`/jobs/${id}`, { headers });
  },
};

const FAULTS = [
  ["capabilities.fields", legacyBearerCrash, "GET / answered 500"],
  ["downloads.get", brokenDownloads(), "answered 500"],
  ["cancel.canceled", idleCancel, '"running" after its cancel answered 204'],
  [
    "jobs.transitions",
    cancelThatDoesNotHold(),
    "with no start or cancel since it first read canceled, which openEO does not allow",
  ],
] as const;

describe("server faults the proxy used to miss", { timeout: 30_000 }, () => {
  it.each(FAULTS)("%s fails on its fault", async (id, handler, said) => {
    await through(handler);
    await flows[id]();
    const { check, verdict } = await verdictOf(id);
    expect(check?.status, check?.observation).toBe("fail");
    expect(check?.observation).toContain(said);
    expect(verdict).toBe("fail");
  });

  it.each(Object.keys(flows))("%s passes on the mock as it is", async (id) => {
    await through(passThrough);
    await flows[id as keyof typeof flows]();
    const { check } = await verdictOf(id);
    expect(check?.status, check?.observation).toBe("pass");
  });
});
