import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { ConformanceResult } from "../src/index.js";
import { everyone } from "./demo-user-flags.js";
import { type FaultyHandler, type FaultyServer, startFaultyServer } from "./faulty-server.js";
import { kit } from "./run-cli.js";

let server: FaultyServer | undefined;
const folders: string[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function serve(handle: FaultyHandler): Promise<string> {
  server = await startFaultyServer(handle);
  return server.url;
}

function reportFile(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), "kit-verdicts-"));
  folders.push(folder);
  return join(folder, name);
}

async function report(args: string[]): Promise<{ report: ConformanceResult; code: number | null }> {
  const run = await kit([...args, "--reporter", "json"]);
  return { report: JSON.parse(run.stdout) as ConformanceResult, code: run.code };
}

const checkOf = (report: ConformanceResult, id: string) => report.checks.find((check) => check.id === id);

/** Like titiler-openeo: every answer gzipped when the client accepts it, Content-Length counting the gzip. */
const gzipEverything: FaultyHandler = async (request, mock) => {
  const answer = await mock(request);
  if (!(request.headers.get("accept-encoding") ?? "").includes("gzip") || answer.body === null) return answer;
  const zipped = gzipSync(Buffer.from(await answer.arrayBuffer()));
  const headers = new Headers(answer.headers);
  headers.set("Content-Encoding", "gzip");
  headers.set("Content-Length", String(zipped.length));
  return new Response(zipped, { status: answer.status, headers });
};

/** The mock as it is. */
const passThrough: FaultyHandler = (request, mock) => mock(request);

/** A server that accepts connections and never answers. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const silent: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        silent.close(() => resolve());
      }),
  };
}

/** Like the python-driver dummy: the jobs `hangs` picks stay running forever (their descriptions say so). */
function hangingJobs(hangs: (title: string) => boolean): FaultyHandler {
  const hung = new Set<string>();
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    if (request.method === "POST" && path === "/jobs") {
      const { title } = (await request.clone().json()) as { title?: string };
      const answer = await mock(request);
      const id = answer.headers.get("OpenEO-Identifier");
      if (id && hangs(title ?? "")) hung.add(id);
      return answer;
    }
    const answer = await mock(request);
    const id = /^\/jobs\/([^/]+)$/.exec(path)?.[1];
    if (request.method !== "GET" || !id || !hung.has(id) || answer.status !== 200) return answer;
    const job = (await answer.json()) as Record<string, unknown>;
    return Response.json({ ...job, status: "running" }, { headers: rewritten(answer) });
  };
}

/** The headers of an answer whose body is replaced: all but Content-Length. */
function rewritten(answer: Response): Headers {
  const headers = new Headers(answer.headers);
  headers.delete("Content-Length");
  return headers;
}

/**
 * Like the python-driver dummy: `GET /` does not list `GET /conformance`; `conformance`, when given, answers it
 * instead of the mock (which answers 200 with conformsTo).
 */
function unlistedConformance(conformance?: () => Response): FaultyHandler {
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    if (path === "/conformance" && conformance) return conformance();
    const answer = await mock(request);
    if (request.method !== "GET" || path !== "/" || answer.status !== 200) return answer;
    const caps = (await answer.json()) as { endpoints: { path: string }[] };
    const endpoints = caps.endpoints.filter((endpoint) => endpoint.path !== "/conformance");
    return Response.json({ ...caps, endpoints }, { headers: rewritten(answer) });
  };
}

describe("verdicts that trace to openEO's rules on back-ends the kit was not written against", {
  timeout: 60_000,
}, () => {
  it("a back-end that gzips every answer: no body is reported cut short, and the run passes", async () => {
    const url = await serve(gzipEverything);
    const { report: result, code } = await report(everyone(url));
    const cutShort = result.checks.filter((check) => /cut short/.test(check.observation));
    expect(cutShort.map((check) => check.id)).toEqual([]);
    expect([result.verdict, code]).toEqual(["pass", 0]);
  });

  it("POST /jobs answering 201 with a JSON null body, as openeo-test-api does: openEO documents no body but forbids none", async () => {
    const url = await serve(async (request, mock) => {
      const answer = await mock(request);
      if (request.method !== "POST" || new URL(request.url).pathname !== "/jobs" || answer.status !== 201)
        return answer;
      const headers = new Headers(answer.headers);
      headers.set("Content-Type", "application/json");
      headers.delete("Content-Length");
      return new Response("null", { status: 201, headers });
    });
    const { report: result } = await report([...everyone(url), "--only", "jobs.create,spec.responses"]);
    expect(checkOf(result, "spec.responses")).toMatchObject({ status: "pass" });
  });

  it("POST /jobs answering 500: Location and OpenEO-Identifier are not evaluated (rule 736 asks for them if successful)", async () => {
    const url = await serve((request, mock) =>
      request.method === "POST" && new URL(request.url).pathname === "/jobs"
        ? Promise.resolve(Response.json({ code: "Internal", message: "boom" }, { status: 500 }))
        : mock(request),
    );
    const { report: result } = await report([...everyone(url), "--only", "jobs.create"]);
    expect(checkOf(result, "jobs.create.status-201")?.status).toBe("fail");
    for (const id of ["jobs.create.location", "jobs.create.identifier"]) {
      expect(checkOf(result, id), id).toMatchObject({ status: "skip" });
      expect(checkOf(result, id)?.observation, id).toMatch(/^not evaluated: POST \/jobs answered 500/);
    }
  });

  it("a forged token refused with 401: the check fails on the status but does not claim the token was taken", async () => {
    const url = await serve((request, mock) =>
      new URL(request.url).pathname === "/me" &&
      (request.headers.get("authorization") ?? "").startsWith("Bearer basic//")
        ? mock(request).then(async (answer) =>
            answer.status === 200
              ? answer
              : Response.json({ code: "AuthenticationRequired", message: "who?" }, { status: 401 }),
          )
        : mock(request),
    );
    const { report: result } = await report([...everyone(url), "--only", "auth.attack.*"]);
    const refusedWith401 = result.checks.filter((check) => / 401 /.test(check.observation));
    expect(refusedWith401.length).toBeGreaterThan(0);
    for (const check of refusedWith401) {
      expect(check.observation, check.id).not.toMatch(/not refused/);
      expect(check.observation, check.id).toMatch(/was refused, but with .*401.*; openEO asks for 403/);
    }
  });

  it("a back-end that does not list POST /jobs: the kit does not send it, and judges no 404 of it", async () => {
    const posts: string[] = [];
    const url = await serve(async (request, mock) => {
      const path = new URL(request.url).pathname;
      if (request.method === "POST" && path === "/jobs") {
        posts.push(path);
        return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain" } });
      }
      const answer = await mock(request);
      if (path !== "/" || answer.status !== 200) return answer;
      const capabilities = (await answer.json()) as { endpoints: { path: string; methods: string[] }[] };
      for (const endpoint of capabilities.endpoints)
        if (endpoint.path === "/jobs") endpoint.methods = endpoint.methods.filter((m) => m !== "POST");
      return Response.json(capabilities, { headers: { "Access-Control-Allow-Origin": "*" } });
    });
    const { report: result } = await report(everyone(url));
    for (const id of ["errors.body", "spec.responses"])
      expect(checkOf(result, id)?.status, id).not.toBe("fail");
    expect(checkOf(result, "jobs.create.status-201")?.status).toBe("not-supported");
    expect(posts).toEqual([]);
  });

  it("a back-end that does not validate the collection: failing.error says so and is not evaluated", async () => {
    const url = await serve(async (request, mock) => {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/jobs") return mock(request);
      const text = (await request.text()).replace(
        /"(jobkit_conformance_no_such_collection|NOT_A_COLLECTION)"/g,
        '"SENTINEL2_L2A"',
      );
      return mock(new Request(request.url, { method: "POST", headers: request.headers, body: text }));
    });
    const { report: result } = await report([...everyone(url), "--only", "failing.error"]);
    const check = checkOf(result, "failing.error");
    expect(check?.status).toBe("skip");
    expect(check?.observation).toMatch(
      /^not evaluated: the job meant to fail finished; the back-end did not validate the collection jobkit_conformance_no_such_collection/,
    );
  });

  it("jobs that never finish (python-driver dummy): jobs.poll.finished fails, failing.error is not evaluated", async () => {
    const url = await serve(hangingJobs(() => true));
    const only = ["--only", "jobs.poll.finished,failing.error", "--job-timeout", "0.3s"];
    const { report: result } = await report([...everyone(url), ...only]);
    expect(checkOf(result, "jobs.poll.finished")?.observation).toMatch(/^still running when the job budget/);
    expect(checkOf(result, "jobs.poll.finished")?.status).toBe("fail");
    const check = checkOf(result, "failing.error");
    expect(check?.status).toBe("skip");
    expect(check?.observation).toMatch(
      /^not evaluated: the failing job was still running when the job budget ran out, as the lifecycle job was \(see jobs\.poll\.finished\)/,
    );
  });

  it("ordinary jobs finish but the failing job hangs: failing.error still fails", async () => {
    const url = await serve(hangingJobs((title) => title.includes("failing")));
    const only = ["--only", "jobs.poll.finished,failing.error", "--job-timeout", "0.3s"];
    const { report: result } = await report([...everyone(url), ...only]);
    expect(checkOf(result, "jobs.poll.finished")?.status).toBe("pass");
    const check = checkOf(result, "failing.error");
    expect(check?.status).toBe("fail");
    expect(check?.observation).toMatch(/^still running when the job budget of 0.3 s ran out/);
  });

  it("GET /conformance answers 200 but is not listed (python-driver dummy): capabilities.unlisted names it, with or without a token", async () => {
    const url = await serve(unlistedConformance());
    for (const flags of [everyone(url), ["--url", url]]) {
      const { report: result } = await report([...flags, "--only", "capabilities.unlisted"]);
      const check = checkOf(result, "capabilities.unlisted");
      expect(check?.status).toBe("fail");
      expect(check?.observation).toMatch(/GET \/conformance answered 200/);
    }
  });

  it("GET /conformance listed, or unlisted and 404: capabilities.unlisted does not fail", async () => {
    const notFound = () => Response.json({ code: "NotFound", message: "no such path" }, { status: 404 });
    for (const handler of [unlistedConformance(notFound), passThrough]) {
      const url = await serve(handler);
      const { report: result } = await report([...everyone(url), "--only", "capabilities.unlisted"]);
      expect(checkOf(result, "capabilities.unlisted")?.status).toBe("pass");
      await server?.close();
      server = undefined;
    }
  });

  it("gtiff answered exactly like GTiff, both text labelled image/tiff (python-driver dummy): rule 46 not failed, sync.format fails", async () => {
    const placeholder = "GTiff:save_result(DummyDataCube(...))";
    const url = await serve(async (request, mock) => {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/result") return mock(request);
      return new Response(placeholder, {
        headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "image/tiff" },
      });
    });
    const { report: result } = await report([
      ...everyone(url),
      "--only",
      "formats.case-insensitive,sync.format",
    ]);
    expect(checkOf(result, "sync.format")?.status).toBe("fail");
    const check = checkOf(result, "formats.case-insensitive");
    expect(check?.status).toBe("skip");
    expect(check?.observation).toMatch(
      /^not evaluated: gtiff answered like GTiff \(200, image\/tiff\), and the GTiff answer fails the same way \(see sync\.format\)/,
    );
  });

  it("a server that accepts connections and never answers: exit 2 within a second of the verdict, the JSON report written", async () => {
    const silent = await silentServer();
    try {
      const file = reportFile("silent.json");
      const run = await kit(
        ["--url", silent.url, "--timeout", "30", "--request-timeout", "1", "--reporter", `json=${file}`],
        20_000,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("got no answer");
      expect(run.quietMs).toBeLessThan(1000);
      expect(existsSync(file)).toBe(true);
      const written = JSON.parse(readFileSync(file, "utf8")) as ConformanceResult;
      expect(written).toMatchObject({ verdict: "fail", ok: false });
      expect(written.runProblems.join(" ")).toContain(silent.url);
    } finally {
      await silent.close();
    }
  });
});
