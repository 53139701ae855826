import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@jobkit/client";
import { downloadFiles } from "@jobkit/client/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createProxy, type ProxiedExchange, proxyResult, type ValidatingProxy } from "../src/index.js";
import { addFault, aliceAuth, clearFaults, JOB_BODY, startMock } from "./proxy-helpers.js";

let mock: { url: string; stop: () => void };
const proxies: ValidatingProxy[] = [];

async function proxyFor(upstream: string, options: Partial<Parameters<typeof createProxy>[0]> = {}) {
  const proxy = await createProxy({ upstream, ...options });
  proxies.push(proxy);
  return proxy;
}

beforeAll(async () => {
  mock = await startMock();
}, 20_000);
afterAll(() => mock?.stop());
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close(1_000)));
  await clearFaults(mock.url);
});

const violations = (proxy: ValidatingProxy) =>
  proxy.judge.verdicts.violations.map((v) => `${v.side} ${v.check}: ${v.message}`);

/** Whether `condition` holds within a second (an exchange is judged once the proxy closed its side). */
async function settles(condition: () => boolean): Promise<boolean> {
  for (let tries = 0; tries < 50 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

const alice = { auth: { user: "alice", password: "alice123" } };

/** The sha256 of every file downloaded from a job's results, sorted. */
async function downloadHashes(url: string, jobId: string): Promise<string[]> {
  const connection = await connect(url, alice);
  const dir = mkdtempSync(join(tmpdir(), "jobkit-proxy-"));
  await downloadFiles(connection.job(jobId).getResults(), dir);
  return readdirSync(dir)
    .map((name) =>
      createHash("sha256")
        .update(readFileSync(join(dir, name)))
        .digest("hex"),
    )
    .sort();
}

describe("the validating proxy in front of the jobkit mock", { timeout: 30_000 }, () => {
  it("passes the jobkit client's flow with 0 violations and byte-identical downloads", async () => {
    const proxy = await proxyFor(mock.url, { followAssets: true });
    const connection = await connect(proxy.url, alice);
    const job = await connection.createJob(JOB_BODY.process.process_graph, { title: "proxy" });
    await job.startAndWait({ pollInterval: 20, maxPollInterval: 50, timeout: 10_000 });
    const proxied = await downloadHashes(proxy.url, job.id);
    const results = (await (
      await fetch(`${proxy.url}/jobs/${job.id}/results`, { headers: await aliceAuth(proxy.url) })
    ).json()) as {
      assets: Record<string, { href: string }>;
    };
    const href = Object.values(results.assets)[0]?.href as string;
    expect(href.startsWith(proxy.origin)).toBe(true);
    const sizesJudged = proxy.judge.verdicts.judged("downloads.size");
    const range = await fetch(href, { headers: { range: "bytes=0-9" } });
    expect([range.status, (await range.arrayBuffer()).byteLength]).toEqual([206, 10]);
    expect(await settles(() => proxy.judge.verdicts.judged("downloads.size") === sizesJudged + 1)).toBe(true);
    const direct = await downloadHashes(mock.url, job.id);
    await job.delete();
    await proxy.close(1_000);
    expect(violations(proxy)).toEqual([]);
    expect(proxied.length).toBeGreaterThan(0);
    expect(proxied).toEqual(direct);
    // Each discovery through the proxy rewrites both versions the mock lists (the client may discover more than once).
    const wellKnown = proxy.rewrites["well-known versions"] ?? 0;
    expect([wellKnown > 0, wellKnown % 2]).toEqual([true, 0]);
    expect(proxy.judge.versions()).toEqual(["1.2.0", "1.3.0"]); // discovered: both are listed
    expect(proxy.judge.judgedAs()).toEqual(["1.2.0", "1.3.0"]);
    expect(proxy.rewrites["asset hrefs"]).toBeGreaterThan(0);
    expect(proxy.judge.verdicts.judged("downloads.checksum")).toBeGreaterThan(0);
    expect(proxy.judge.verdicts.judged("jobkit.assets.absolute-href")).toBeGreaterThan(0);
    expect(proxy.judge.verdicts.judged("jobs.create.status-201")).toBe(1);
  });

  it("reports a broken jobkit extra as a warning: the traffic still passes", async () => {
    const proxy = await proxyFor(mock.url);
    const connection = await connect(proxy.url, alice);
    const job = await connection.createJob(JOB_BODY.process.process_graph, { title: "proxy extra" });
    await job.startAndWait({ pollInterval: 20, maxPollInterval: 50, timeout: 10_000 });
    await addFault(mock.url, {
      match: { method: "GET", path: `/jobs/${job.id}/results` },
      action: { type: "override", body: { set: { "/assets/result.tif/file:size": "2 KiB" } } },
    });
    const answer = await fetch(`${proxy.url}/jobs/${job.id}/results`, {
      headers: await aliceAuth(proxy.url),
    });
    expect(answer.status).toBe(200);
    await answer.arrayBuffer();
    await clearFaults(mock.url);
    await job.delete();
    await proxy.close(1_000);
    expect(violations(proxy)).toEqual([
      'server jobkit.assets.file-size: result.tif has file:size "2 KiB", not an integer ≥ 0',
    ]);
    const result = proxyResult(proxy, {
      startedAt: new Date().toISOString(),
      durationMs: 1,
      runProblems: [],
    });
    expect(result.checks.find((check) => check.id === "jobkit.assets.file-size")).toMatchObject({
      source: "jobkit",
      status: "fail",
      required: false,
    });
    expect(result.verdict).toBe("pass");
    const required = proxyResult(proxy, {
      startedAt: new Date().toISOString(),
      durationMs: 1,
      runProblems: [],
      require: ["jobkit.assets.file-size"],
    });
    expect(required.verdict).toBe("fail");
  });

  it("passes status, headers and body through (only upstream URLs moved) and adds no header of its own", async () => {
    const proxy = await proxyFor(mock.url);
    const names = (response: Response) =>
      [...response.headers.keys()]
        .filter((name) => !["date", "connection", "keep-alive"].includes(name))
        .sort();
    const ask = (url: string) => fetch(`${url}/collections`, { headers: { origin: "http://app.test" } });
    const [direct, proxied] = [await ask(mock.url), await ask(proxy.url)];
    expect(proxied.status).toBe(direct.status);
    expect(names(proxied)).toEqual(names(direct));
    const text = await proxied.text();
    expect(text).toContain(proxy.origin);
    expect(text.replaceAll(proxy.origin, mock.url)).toBe(await direct.text());
    expect(proxied.headers.has("date")).toBe(direct.headers.has("date"));
  });

  it("reports each server fault as a server violation naming its rule", async () => {
    const proxy = await proxyFor(mock.url);
    const auth = { ...(await aliceAuth(proxy.url)), "content-type": "application/json" };
    await addFault(mock.url, {
      match: { method: "POST", path: "/jobs" },
      times: 1,
      action: { type: "override", status: 200 },
    });
    await addFault(mock.url, {
      match: { method: "POST", path: "/jobs" },
      skip: 1,
      times: 1,
      action: { type: "override", headers: { remove: ["Location"] } },
    });
    await addFault(mock.url, {
      match: { path: "/jobs/nope" },
      action: { type: "override", status: 500, body: { remove: ["/code"] } },
    });
    const post = () =>
      fetch(`${proxy.url}/jobs`, { method: "POST", headers: auth, body: JSON.stringify(JOB_BODY) });
    expect((await post()).status).toBe(200);
    const second = await post();
    expect(second.headers.get("location")).toBeNull();
    const id = second.headers.get("openeo-identifier") as string;
    await addFault(mock.url, {
      match: { method: "GET", path: `/jobs/${id}` },
      times: 1,
      action: { type: "override", body: { set: { "/status": "finished" } } },
    });
    await addFault(mock.url, {
      match: { method: "GET", path: `/jobs/${id}` },
      skip: 1,
      times: 1,
      action: { type: "override", body: { set: { "/status": "created" } } },
    });
    expect((await fetch(`${proxy.url}/jobs/nope`, { headers: auth })).status).toBe(500);
    for (let poll = 0; poll < 2; poll += 1)
      await (await fetch(`${proxy.url}/jobs/${id}`, { headers: auth })).json();
    await proxy.close(1_000);
    const found = proxy.judge.verdicts.violations.map((v) => [v.side, v.check]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["server", "jobs.create.status-201"],
        ["server", "jobs.create.location"],
        ["server", "errors.body"],
        ["server", "jobs.transitions"],
      ]),
    );
    expect(found.every(([side]) => side === "server")).toBe(true);
  });

  it("judges GET /credentials/oidc by the contract: a provider without an issuer is a server violation", async () => {
    // No GET / went through this proxy, so it judges by 1.2.0 (its rule for an unknown version).
    const proxy = await proxyFor(mock.url);
    expect((await fetch(`${proxy.url}/credentials/oidc`)).status).toBe(200);
    await addFault(mock.url, {
      match: { path: "/credentials/oidc" },
      times: 1,
      action: { type: "override", body: { remove: ["/providers/0/issuer"] } },
    });
    expect((await fetch(`${proxy.url}/credentials/oidc`)).status).toBe(200);
    await proxy.close(1_000);
    expect(violations(proxy)).toEqual([
      "server spec.responses: breaks the 1.2.0 contract: /providers/0 must have required property 'issuer'",
    ]);
  });

  it("reports a broken request body as a client violation and passes the server's answer on", async () => {
    const proxy = await proxyFor(mock.url);
    const auth = { ...(await aliceAuth(mock.url)), "content-type": "application/json" };
    const send = async (url: string, body: string) => {
      const response = await fetch(`${url}/jobs`, { method: "POST", headers: auth, body });
      return { status: response.status, code: ((await response.json()) as { code: string }).code };
    };
    for (const body of ["{not json", JSON.stringify({ process: { id: "no graph" } })]) {
      expect(await send(proxy.url, body)).toEqual(await send(mock.url, body));
    }
    await proxy.close(1_000);
    expect(proxy.judge.verdicts.violations.map((v) => [v.side, v.check])).toEqual([
      ["client", "client.json"],
      ["client", "client.contract"],
    ]);
  });
});

/** A TCP server that does `onSocket` to every connection; resolves with its URL. */
async function rawUpstream(onSocket: (socket: net.Socket) => void) {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe("the proxy in front of a hostile or absent upstream", { timeout: 15_000 }, () => {
  it("ends an exchange with a never-answering upstream at its budget with a 504 openEO error", async () => {
    const silent = await rawUpstream(() => undefined);
    const proxy = await proxyFor(silent.url, { requestTimeoutMs: 300 });
    const started = performance.now();
    const response = await fetch(`${proxy.url}/`);
    const elapsed = performance.now() - started;
    silent.close();
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({
      code: "UpstreamTimeout",
      message: expect.stringContaining(silent.url),
    });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(3_000);
    await proxy.close(1_000);
    expect(violations(proxy)).toEqual([
      expect.stringMatching(/^server server.answers: no answer: the upstream was silent/),
    ]);
  });

  it("answers 502 with an openEO error naming an unreachable upstream", async () => {
    const closed = await rawUpstream(() => undefined);
    closed.close();
    const proxy = await proxyFor(closed.url);
    const response = await fetch(`${proxy.url}/`);
    expect(response.status).toBe(502);
    const body = (await response.json()) as { code: string; message: string; id: string };
    expect(body.code).toBe("UpstreamUnreachable");
    expect(body.message).toContain(closed.url);
  });

  it("reports garbage from the upstream and answers 502", async () => {
    const garbage = await rawUpstream((socket) => socket.end("this is not HTTP\r\n\r\n"));
    const proxy = await proxyFor(garbage.url);
    const response = await fetch(`${proxy.url}/`);
    garbage.close();
    expect(response.status).toBe(502);
    await proxy.close(1_000);
    expect(proxy.judge.verdicts.violations.map((v) => v.check)).toEqual(["server.answers"]);
  });

  it("reports an answer that breaks off mid-body and cuts the client's connection too", async () => {
    const truncating = await rawUpstream((socket) =>
      socket.end(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: 1000\r\n\r\nonly this",
      ),
    );
    const proxy = await proxyFor(truncating.url);
    const response = await fetch(`${proxy.url}/download/x`);
    await expect(response.arrayBuffer()).rejects.toThrow();
    truncating.close();
    await proxy.close(1_000);
    expect(violations(proxy)).toEqual([
      expect.stringMatching(/^server server.answers: the answer broke off after 9 body bytes/),
    ]);
  });

  it("streams a body larger than the validation cap whole, keeping only the cap for the judges", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      let sent = 0;
      const pump = () => {
        while (sent < 8 && response.write(chunk)) sent += 1;
        if (sent >= 8) response.end();
        else
          response.once("drain", () => {
            sent += 1;
            pump();
          });
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const seen: ProxiedExchange[] = [];
    const proxy = await proxyFor(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, {
      validationCapBytes: 64 * 1024,
      onExchange: (exchange) => seen.push(exchange),
    });
    const bytes = new Uint8Array(await (await fetch(`${proxy.url}/download/big`)).arrayBuffer());
    await proxy.close(1_000);
    server.close();
    const expected = createHash("sha256")
      .update(Buffer.concat(Array(8).fill(chunk)))
      .digest("hex");
    expect(bytes.length).toBe(8 * chunk.length);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(expected);
    expect(seen).toMatchObject([
      { responseBodyBytes: 8 * chunk.length, sha256: expected, bodyJudgeable: false },
    ]);
  });

  it("aborts the upstream request when the client disconnects mid-download", async () => {
    let upstreamClosed: () => void = () => undefined;
    const closedPromise = new Promise<void>((resolve) => {
      upstreamClosed = resolve;
    });
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write(Buffer.alloc(64 * 1024));
      response.on("close", upstreamClosed);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = await proxyFor(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`);
    const controller = new AbortController();
    const response = await fetch(`${proxy.url}/download/big`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    controller.abort();
    const closedInTime = await Promise.race([
      closedPromise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3_000)),
    ]);
    server.closeAllConnections();
    server.close();
    expect(closedInTime).toBe(true);
  });
});
