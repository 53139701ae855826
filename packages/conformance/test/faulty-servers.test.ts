import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ConformanceResult } from "../src/index.js";
import { alice, everyone } from "./demo-user-flags.js";
import { type FaultyHandler, serveEachTest, startFaultyServer } from "./faulty-server.js";
import { kit } from "./run-cli.js";
import { tarOf } from "./tar-of.js";

const { serve, current } = serveEachTest();

const JOB_PATH = /^\/jobs\/[^/]+$/;
const RESULTS_PATH = /^\/jobs\/[^/]+\/results$/;

/** An answer with the CORS headers openEO asks for. */
function withCors(response: Response): Response {
  response.headers.set("Access-Control-Allow-Origin", "*");
  response.headers.set("Access-Control-Expose-Headers", "Location, OpenEO-Identifier, OpenEO-Costs, Link");
  return response;
}

/** The answer with its JSON body changed by `edit` (status and headers kept, Content-Length dropped). */
async function editJson<T>(answer: Response, edit: (json: T) => T): Promise<Response> {
  const headers = new Headers(answer.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(edit((await answer.json()) as T)), { status: answer.status, headers });
}

/** The graph of a job or sync body, as text (enough to see which collection and format it names). */
async function graphText(request: Request): Promise<string> {
  return request.method === "POST" ? await request.clone().text() : "";
}

/**
 * A back-end with other collections and formats than the mock's defaults: it lists only DEMO_DEM and PNG,
 * and refuses jobs and sync requests that load SENTINEL2_L2A or save anything but PNG.
 */
const otherOffer: FaultyHandler = async (request, mock) => {
  const path = new URL(request.url).pathname;
  const answer = await mock(request);
  if (path === "/collections") {
    const listing = (await answer.json()) as { collections: { id: string }[] };
    listing.collections = listing.collections.filter((collection) => collection.id === "DEMO_DEM");
    return withCors(Response.json(listing));
  }
  if (path === "/file_formats") {
    const formats = (await answer.json()) as { output: Record<string, unknown> };
    formats.output = { PNG: formats.output.PNG };
    return withCors(Response.json(formats));
  }
  return answer;
};

const refuseOthers: FaultyHandler = async (request, mock) => {
  const path = new URL(request.url).pathname;
  const text = await graphText(request);
  if ((path === "/jobs" || path === "/result") && text.includes("save_result")) {
    if (text.includes("SENTINEL2_L2A"))
      return withCors(
        Response.json({ code: "CollectionNotFound", message: "no such collection" }, { status: 400 }),
      );
    if (!/"format":"png"/i.test(text))
      return withCors(Response.json({ code: "FormatUnsupported", message: "PNG only" }, { status: 400 }));
  }
  return otherOffer(request, mock);
};

/** The mock, with the asset hrefs of results documents relative to the server (openEO allows it; jobkit does not). */
const relativeHrefs: FaultyHandler = async (request, mock) => {
  const answer = await mock(request);
  if (!RESULTS_PATH.test(new URL(request.url).pathname) || answer.status !== 200) return answer;
  return editJson<{ assets: Record<string, { href: string }> }>(answer, (results) => {
    for (const asset of Object.values(results.assets)) {
      const href = new URL(asset.href);
      asset.href = `${href.pathname}${href.search}`;
    }
    return results;
  });
};

/**
 * The mock, with liberties openEO allows: the capabilities list OPTIONS among each endpoint's methods, a cancel
 * answers 202 (rule 891) instead of the API document's 204, a synchronous result comes as a tar archive, the
 * results are an unlocated STAC 1.1.0 Item (geometry null, no bbox), a failed job's results answer 424 with a log
 * entry (the API document's shape, no code), a job that is not there is refused with the back-end's own error
 * code (404 NoSuchJob, not JobNotFound), a deleted one with 410 Gone, a user without credit with 403
 * CreditsExhausted; downloads need the bearer token (openEO: they SHOULD work without), are refused without it
 * like object storage refuses (XML, no CORS headers), and are served as application/octet-stream whatever the
 * asset's type.
 */
function openEOLiberties(): FaultyHandler {
  const deleted = new Set<string>();
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    if (request.method === "DELETE" && JOB_PATH.test(path)) deleted.add(path);
    const answer = await mock(request);
    if (request.method === "GET" && deleted.has(path) && answer.status === 404)
      return withCors(Response.json({ code: "JobDeleted", message: "deleted" }, { status: 410 }));
    if (path === "/" && answer.status === 200)
      return editJson<{ endpoints: { methods: string[] }[] }>(answer, (capabilities) => {
        for (const endpoint of capabilities.endpoints) endpoint.methods.push("OPTIONS");
        return capabilities;
      });
    if (RESULTS_PATH.test(path) && request.method === "GET" && answer.status === 200)
      return editJson<Record<string, unknown>>(answer, ({ bbox: _bbox, ...results }) => ({
        ...results,
        stac_version: "1.1.0",
        geometry: null,
      }));
    if (request.method === "DELETE" && RESULTS_PATH.test(path) && answer.status === 204)
      return withCors(new Response(null, { status: 202 }));
    if (request.method === "POST" && path === "/result" && answer.status === 200)
      return withCors(
        new Response(tarOf("result.tif", new Uint8Array(await answer.arrayBuffer())), {
          headers: { "Content-Type": "application/x-tar" },
        }),
      );
    if (answer.status === 424) {
      const { message } = (await answer.json()) as { message: string };
      return withCors(Response.json({ id: "log-1", level: "error", message }, { status: 424 }));
    }
    if (answer.status === 402)
      return withCors(Response.json({ code: "CreditsExhausted", message: "top up" }, { status: 403 }));
    if (answer.status === 404 && JOB_PATH.test(path))
      return withCors(Response.json({ code: "NoSuchJob", message: "not yours" }, { status: 404 }));
    // the canonical link of the results stays public (rule 871); the files behind the asset hrefs do not
    if (!path.startsWith("/download/") || path.endsWith("/job-results.json")) return answer;
    // answered like object storage: an XML refusal, no CORS headers
    if (!request.headers.get("authorization"))
      return new Response("<Error><Code>AccessDenied</Code></Error>", {
        status: 403,
        headers: { "Content-Type": "application/xml" },
      });
    const headers = new Headers(answer.headers);
    headers.delete("Access-Control-Expose-Headers");
    headers.set("Content-Type", "application/octet-stream");
    return new Response(answer.body, { status: answer.status, headers });
  };
}

/** Serves the (1.3.0) mock under /openeo/1.2 and /openeo/1.3 and lists both at the origin, as 1.2.0 and 1.3.0. */
const versionedApi: FaultyHandler = async (request, mock) => {
  const url = new URL(request.url);
  if (url.pathname === "/.well-known/openeo") {
    return withCors(
      Response.json({
        versions: [
          { url: `${url.origin}/openeo/1.2/`, api_version: "1.2.0", production: true },
          { url: `${url.origin}/openeo/1.3`, api_version: "1.3.0" },
          { url: `${url.origin}/openeo/2.0`, api_version: "2.0.0-beta", production: false },
        ],
      }),
    );
  }
  if (url.pathname === "/")
    return withCors(new Response("<h1>Welcome</h1>", { headers: { "Content-Type": "text/html" } }));
  url.pathname = url.pathname.replace(/^\/openeo\/1\.[23]/, "") || "/";
  return mock(new Request(url, request));
};

/** Serves the mock under /eo/openeo/1.3 with its well-known document at /eo (as openEO allows); the origin has none. */
const wellKnownUnderPath: FaultyHandler = async (request, mock) => {
  const url = new URL(request.url);
  if (url.pathname === "/eo/.well-known/openeo")
    return withCors(
      Response.json({
        versions: [{ url: `${url.origin}/eo/openeo/1.3`, api_version: "1.3.0", production: true }],
      }),
    );
  if (!url.pathname.startsWith("/eo/openeo/1.3"))
    return withCors(Response.json({ code: "NotFound", message: "nothing here" }, { status: 404 }));
  url.pathname = url.pathname.replace(/^\/eo\/openeo\/1\.3/, "") || "/";
  return mock(new Request(url, request));
};

describe("the CLI against project-owned faulty servers: the right verdict, exit code and time", {
  timeout: 40_000,
}, () => {
  // The bound holds the start through tsx and a loaded CI machine; the fault it guards against hung for minutes.
  it("a server that never answers GET /jobs/{id}: the process ends within --timeout + 12 s and closes its sockets", async () => {
    const url = await serve((request, mock) =>
      JOB_PATH.test(new URL(request.url).pathname) ? Promise.resolve(undefined) : mock(request),
    );
    const run = await kit([
      ...alice(url),
      "--only",
      "lifecycle",
      "--timeout",
      "6",
      "--poll-interval",
      "0.01",
    ]);
    expect(run.elapsedMs).toBeLessThan(6000 + 12_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ jobs\.create\.created .*no complete answer within \d+ ms/);
    expect(run.stdout).toMatch(/^FAIL: /m);
    expect(current()?.openSockets()).toBe(0);
  });

  it("an origin-only URL: finds the API through /.well-known/openeo, takes the newest production version and passes", async () => {
    const url = await serve(versionedApi);
    const run = await kit(everyone(url));
    expect(run.stdout).toContain(
      `testing ${url}/openeo/1.3 (openEO 1.3.0, listed by ${url}/.well-known/openeo)`,
    );
    expect(run.stdout).toMatch(/^PASS: every required check passed/m);
    expect(run.code).toBe(0);
    expect(run.elapsedMs).toBeLessThan(20_000);
  });

  it("an API root whose well-known document sits under a path, not at the origin: discovery.well-known finds it", async () => {
    const url = await serve(wellKnownUnderPath);
    const run = await kit([
      ...alice(`${url}/eo/openeo/1.3`),
      "--only",
      "discovery.well-known",
      "--reporter",
      "json",
    ]);
    const report = JSON.parse(run.stdout) as ConformanceResult;
    const check = report.checks.find(({ id }) => id === "discovery.well-known");
    expect(check).toMatchObject({ status: "pass", observation: "1 version(s): 1.3.0" });
    expect(check?.evidence[0]?.url).toBe(`${url}/eo/.well-known/openeo`);
    expect(run.code).toBe(0);
  });

  it("--api-version picks another listed version and judges the API by it", async () => {
    const url = await serve(versionedApi);
    const run = await kit([...everyone(url), "--api-version", "1.2", "--only", "discovery"]);
    expect(run.stdout).toContain(
      `testing ${url}/openeo/1.2 (openEO 1.2.0, listed by ${url}/.well-known/openeo)`,
    );
    expect(run.stdout).toMatch(
      /✗ capabilities\.api-version #33 +api_version is 1\.3\.0, but \/\.well-known\/openeo lists this URL as 1\.2\.0/,
    );
    expect(run.code).toBe(1);
    const unknown = await kit([...everyone(url), "--api-version", "1.0"]);
    expect(unknown.stderr).toContain(
      `${url}/.well-known/openeo lists no API version 1.0 (it lists 1.2.0, 1.3.0, 2.0.0-beta (development))`,
    );
    expect(unknown.code).toBe(2);
  });

  it("a wrong password fails the run even when no auth check is selected", async () => {
    const url = await serve((request, mock) => mock(request));
    const run = await kit(["--url", url, "--user", "alice", "--password", "wrong", "--only", "lifecycle"]);
    expect(run.stdout).toMatch(
      /^run problem: the user "alice" could not log in: GET \/credentials\/basic answered 40[13]/m,
    );
    expect(run.stdout).toMatch(/^FAIL: 1 run problem/m);
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  it("required checks skipped for a missing option make the run INCOMPLETE, naming the option", async () => {
    const url = await serve((request, mock) => mock(request));
    const run = await kit([...alice(url), "--only", "isolation"]);
    expect(run.stdout).toMatch(
      /^INCOMPLETE: 7 required checks not evaluated — isolation\.describe, isolation\.list, isolation\.logs, isolation\.modify, isolation\.start, isolation\.cancel, isolation\.delete: needs a second user \(--second-user, --second-oidc-client or --second-token\)\. Give what is missing, or leave them out knowingly with --skip/m,
    );
    expect(run.code).toBe(1);
    const knowingly = await kit([...alice(url), "--skip", "isolation,payment"]);
    expect(knowingly.stdout).toMatch(/^PASS: every required check passed/m);
    expect(knowingly.code).toBe(0);
  });

  it("a DELETE that answers 204 but deletes nothing: jobs.delete.gone fails and every such job is left behind", async () => {
    const url = await serve((request, mock) =>
      request.method === "DELETE" && JOB_PATH.test(new URL(request.url).pathname)
        ? Promise.resolve(new Response(null, { status: 204 }))
        : mock(request),
    );
    const run = await kit([...everyone(url), "--only", "lifecycle"]);
    expect(run.stdout).toMatch(/✗ jobs\.delete\.gone #781 +GET \/jobs\/\{id\} after DELETE answered 200/);
    const leftovers = run.stdout.match(
      /^left behind: j-[0-9a-f]+: deleted during the run, then GET answered 200$/gm,
    );
    // the lifecycle's job, its companion for pagination and its job with creation options
    expect(leftovers?.length).toBe(3);
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  it("a back-end with other collections and formats: the kit runs its jobs with what it offers, and passes", async () => {
    const url = await serve(refuseOthers);
    const run = await kit(everyone(url));
    expect(run.stdout).toMatch(
      /^process: the jobs load DEMO_DEM \(bbox [-\d., ]+; \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\) and save PNG, chosen from GET \/collections and GET \/file_formats; the failing job runs the same with the unknown collection jobkit_conformance_no_such_collection$/m,
    );
    expect(run.stdout).toMatch(/^PASS: every required check passed/m);
    expect(run.code).toBe(0);
    expect(run.elapsedMs).toBeLessThan(20_000);
  });

  it("a server that breaks only a jobkit extra (relative asset hrefs): PASS with a warning, FAIL when it is required", {
    timeout: 60_000,
  }, async () => {
    const url = await serve(relativeHrefs);
    const run = await kit(everyone(url));
    expect(run.stdout).toMatch(
      /^ {2}! jobkit\.assets\.absolute-href +openEO_2015-06-27Z\.tif has the relative href "\/download\//m,
    );
    expect(run.stdout).toMatch(
      /^! jobkit\.assets\.absolute-href \[L2, jobkit extra, advisory: --require jobkit\.assets\.absolute-href to enforce\]$/m,
    );
    expect(run.stdout).toMatch(
      /^PASS: every required check passed \(\d+ checks, 0 optional failures, 1 jobkit warning, /m,
    );
    expect(run.stdout).toMatch(/^ {2}✓ downloads\.get$/m);
    expect(run.code).toBe(0);
    const required = await kit([...everyone(url), "--require", "jobkit.assets.absolute-href"]);
    expect(required.stdout).toMatch(/^✗ jobkit\.assets\.absolute-href \[L2\]$/m);
    expect(required.stdout).toMatch(/^FAIL: 1 required check failed/m);
    expect(required.code).toBe(1);
  });

  it("a back-end taking openEO's liberties (OPTIONS listed, its own error codes, 410, 403 without credit, downloads behind the token): PASS with warnings", {
    timeout: 60_000,
  }, async () => {
    const url = await serve(openEOLiberties());
    const run = await kit([...everyone(url), "--reporter", "json"]);
    const report = JSON.parse(run.stdout) as ConformanceResult;
    const result = (id: string) => report.checks.find((check) => check.id === id);
    expect(result("isolation.describe")).toMatchObject({
      status: "pass",
      required: true,
      basis: "API: a batch job is the authenticated user's; 403 or 404 otherwise",
    });
    expect(result("isolation.describe")?.observation).toMatch(
      /answered 404 NoSuchJob: not yours \(openEO's own answer is 404 JobNotFound; another is allowed\)$/,
    );
    for (const id of [
      "capabilities.endpoints",
      "jobs.results.stac",
      "jobs.results.metadata",
      "failing.results-424",
      "cancel.status",
      "sync.content-type",
      "sync.format",
      "errors.body",
      "spec.responses",
    ])
      expect(result(id), id).toMatchObject({ status: "pass", required: true });
    expect(result("jobs.delete.gone")).toMatchObject({ status: "pass", required: true });
    for (const id of ["payment.start", "payment.sync"]) {
      expect(result(id), id).toMatchObject({ status: "pass", required: true });
      expect(result(id)?.observation).toMatch(
        /^answered 403 CreditsExhausted: top up \(openEO's own answer is 402 PaymentRequired; another is allowed\)/,
      );
    }
    expect(result("jobs.delete.gone")?.observation).toMatch(
      /^answered 410 JobDeleted: deleted \(openEO's own answer is 404 JobNotFound; another is allowed\)$/,
    );
    expect(result("downloads.content-type")).toMatchObject({ status: "fail", required: false, level: "L2" });
    expect(result("downloads.no-auth")).toMatchObject({ status: "fail", required: false, level: "L2" });
    expect(result("downloads.get")).toMatchObject({ status: "pass", required: true });
    // the API's rules on error bodies and CORS headers do not judge the asset host
    for (const id of ["errors.body", "cors.allow-origin", "cors.expose-headers"])
      expect(result(id), id).toMatchObject({ status: "pass", required: true });
    expect(result("downloads.content-type")?.observation).toMatch(
      /^openEO_2015-06-27Z\.tif is declared image\/tiff; application=geotiff but served as application\/octet-stream/,
    );
    expect(
      report.checks.filter((check) => check.required && check.status !== "pass" && check.status !== "skip"),
    ).toEqual([]);
    expect(report.verdict).toBe("pass");
    expect(run.code).toBe(0);
    const required = await kit([...everyone(url), "--require", "downloads.content-type"]);
    expect(required.stdout).toMatch(/^✗ downloads\.content-type \[L2\]$/m);
    expect(required.stdout).toMatch(/^FAIL: 1 required check failed/m);
    expect(required.code).toBe(1);
  });

  it("a back-end whose asset hrefs redirect to a compressing store on another origin: followed, no token sent there, PASS", async () => {
    let api = "";
    let storageHits = 0;
    const storage = await startFaultyServer(async (request) => {
      storageHits += 1;
      if (request.headers.get("authorization"))
        return Response.json(
          { code: "CredentialsLeaked", message: "a token reached storage" },
          { status: 400 },
        );
      const { pathname, search } = new URL(request.url);
      const stored = await fetch(`${api}${pathname}${search}`, {
        method: request.method,
        headers: { "x-from-storage": "1" },
      });
      const type = stored.headers.get("content-type") ?? "application/octet-stream";
      // like a CDN: compressed whenever the client accepts it, Content-Length counting the compressed bytes
      if ((request.headers.get("accept-encoding") ?? "").includes("gzip")) {
        const zipped = gzipSync(Buffer.from(await stored.arrayBuffer()));
        const headers = {
          "Content-Type": type,
          "Content-Encoding": "gzip",
          "Content-Length": String(zipped.length),
        };
        return new Response(request.method === "HEAD" ? null : zipped, { status: stored.status, headers });
      }
      return new Response(request.method === "HEAD" ? null : await stored.arrayBuffer(), {
        status: stored.status,
        headers: { "Content-Type": type },
      });
    });
    try {
      api = await serve(async (request, mock) => {
        const { pathname, search } = new URL(request.url);
        const asset = pathname.startsWith("/download/") && !pathname.endsWith("/job-results.json");
        if (!asset || request.headers.get("x-from-storage")) return mock(request);
        return withCors(
          new Response(null, { status: 302, headers: { Location: `${storage.url}${pathname}${search}` } }),
        );
      });
      const run = await kit([...everyone(api), "--reporter", "json"]);
      const report = JSON.parse(run.stdout) as ConformanceResult;
      const result = (id: string) => report.checks.find((check) => check.id === id);
      for (const id of [
        "downloads.get",
        "downloads.size",
        "downloads.format",
        "downloads.checksum",
        "downloads.no-auth",
      ])
        expect(result(id), id).toMatchObject({ status: "pass" });
      expect(storageHits).toBeGreaterThan(0);
      expect([report.verdict, run.code]).toEqual(["pass", 0]);
    } finally {
      await storage.close();
    }
  });

  it("a 1.3.0 server that takes only plain tokens: auth.bearer names the refused legacy basic// form, and the run goes on with the plain one", async () => {
    const url = await serve((request, mock) => {
      const authorization = request.headers.get("authorization") ?? "";
      if (!authorization.startsWith("Bearer ")) return mock(request);
      if (authorization.startsWith("Bearer basic//"))
        return Promise.resolve(
          withCors(Response.json({ code: "TokenInvalid", message: "plain JWTs only" }, { status: 403 })),
        );
      const headers = new Headers(request.headers);
      headers.set("Authorization", authorization.replace("Bearer ", "Bearer basic//"));
      return mock(new Request(request, { headers }));
    });
    const run = await kit([...alice(url), "--only", "auth.bearer,jobs.create.status-201"]);
    expect(run.stdout).toMatch(
      /✗ auth\.bearer #100 +GET \/me with the token answered 403 TokenInvalid: plain JWTs only; the plain form Bearer <token> .* was accepted, so the run goes on with it/,
    );
    expect(run.stdout).toMatch(/✓ jobs\.create\.status-201 #730, 736/);
    expect(run.stdout).toMatch(/^FAIL: 1 required check failed/m);
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  it("flaky status polls: each failed poll is evidence and the wait fails", async () => {
    let describes = 0;
    const url = await serve((request, mock) => {
      if (request.method !== "GET" || !JOB_PATH.test(new URL(request.url).pathname)) return mock(request);
      describes += 1;
      return describes % 4 === 0
        ? Promise.resolve(Response.json({ code: "ServiceUnavailable", message: "busy" }, { status: 503 }))
        : mock(request);
    });
    const run = await kit([...everyone(url), "--only", "jobs.poll.finished"]);
    expect(run.stdout).toMatch(
      /✗ jobs\.poll\.finished #700, 754 +\d+ of \d+ status polls failed \(first: GET \/jobs\/\{id\} answered 503 ServiceUnavailable: busy\)/,
    );
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });
});
