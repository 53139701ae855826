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

/** Results documents without `expires` (openeo-test-api 0.1.0's). */
const noExpires: FaultyHandler = async (request, mock) => {
  const answer = await mock(request);
  const path = new URL(request.url).pathname;
  if (request.method !== "GET" || !/^\/jobs\/[^/]+\/results$/.test(path) || answer.status !== 200)
    return answer;
  const results = (await answer.json()) as { expires?: unknown; properties?: { expires?: unknown } };
  delete results.expires;
  delete results.properties?.expires;
  return Response.json(results, { headers: answer.headers });
};

/** A GTiff result that is 93 bytes of text labelled image/tiff (the python-driver dummy's). */
const textAsTiff: FaultyHandler = async (request, mock) =>
  request.method === "POST" && new URL(request.url).pathname === "/result"
    ? new Response("x".repeat(93), { headers: { ...CORS, "content-type": "image/tiff" } })
    : mock(request);

/** POST /result answers 204 with no data. */
const emptySync: FaultyHandler = async (request, mock) =>
  request.method === "POST" && new URL(request.url).pathname === "/result"
    ? new Response(null, { status: 204, headers: CORS })
    : mock(request);

/** A GTiff result in PNG bytes labelled image/png. */
function pngAsGTiff(): FaultyHandler {
  const png = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
  return async (request, mock) =>
    request.method === "POST" && new URL(request.url).pathname === "/result"
      ? new Response(png, { headers: { ...CORS, "content-type": "image/png" } })
      : mock(request);
}

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

/** POST /result of alice's job graph (it saves GTiff), as a client sends it. */
async function syncResult(): Promise<void> {
  const headers = await aliceAuth((proxy as ValidatingProxy).url);
  await call("/result", {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ process: JOB_BODY.process }),
  });
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
  "jobs.results.expires": async () => {
    const headers = await aliceAuth((proxy as ValidatingProxy).url);
    const id = await startedJob(headers, "finished");
    await call(`/jobs/${id}/results`, { headers });
  },
  "sync.status-200": async () => syncResult(),
  "sync.content-type": async () => syncResult(),
  "sync.format": async () => syncResult(),
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
  ["jobs.results.expires", noExpires, "no expires"],
  ["sync.status-200", emptySync, "POST /result answered 204; expected 200"],
  ["sync.content-type", pngAsGTiff(), "the process asks for GTiff (image/tiff) but the answer is image/png"],
  ["sync.format", textAsTiff, "the GTiff result is not a TIFF"],
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
