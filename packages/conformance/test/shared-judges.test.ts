import { createHash } from "node:crypto";
import { sha256Multihash } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import type { CheckId } from "../src/catalogue.js";
import { apiTarget, observeExchange } from "../src/internal/observe-exchange.js";
import { createProbe, type Exchange } from "../src/internal/probe.js";
import { judgedOutcome } from "../src/internal/scenarios/judge-exchanges.js";
import { jobsResultsExpires } from "../src/judges/jobs/jobs-results-expires.js";
import { jobsTransitions } from "../src/judges/jobs/jobs-transitions.js";
import { SHARED_CHECKS } from "../src/judges/judged-checks.js";
import type { DeclaredAsset, Observed, ObservedTarget } from "../src/judges/observed.js";
import type { ProxiedExchange } from "../src/proxy/proxied-exchange.js";
import { createTrafficJudge } from "../src/proxy/traffic-judge.js";

/**
 * The same exchanges through a run's path (the probe's records, judged as a scenario judges them) and through the
 * proxy's (its records, judged as it relays them) give the same verdict for every rule the two share.
 */

const ORIGIN = "http://upstream.test";
const VERSION = "1.2.0";
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "Location, OpenEO-Identifier, OpenEO-Costs, Link",
};
const BYTES = new TextEncoder().encode("GeoTIFF bytes, or so");
const CHECKSUM = sha256Multihash(createHash("sha256").update(BYTES).digest("hex"));
const ASSET: DeclaredAsset = {
  key: "result.tif",
  type: "image/tiff",
  size: BYTES.length,
  checksum: CHECKSUM,
  onApiOrigin: true,
};
const BROKEN_ASSET: DeclaredAsset = { ...ASSET, key: "broken.tif" };
/** The smallest bytes the kit reads as a PNG: its signature and an IHDR chunk's length and name. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
/** The body of a POST /result whose process saves in `format`. */
const syncRequest = (format: string) => ({
  process: {
    process_graph: {
      load: { process_id: "load_collection", arguments: { id: "C1" } },
      save: {
        process_id: "save_result",
        arguments: { data: { from_node: "load" }, format },
        result: true,
      },
    },
  },
});
const CAPABILITIES = {
  api_version: VERSION,
  backend_version: "1",
  stac_version: "1.0.0",
  id: "x",
  title: "x",
  description: "x",
  endpoints: [
    { path: "/jobs", methods: ["GET", "POST"] },
    { path: "/jobs/{job_id}", methods: ["GET", "DELETE"] },
    { path: "/jobs/{job_id}/results", methods: ["GET", "POST", "DELETE"] },
  ],
  links: [],
};
const RESULTS = {
  type: "Feature",
  stac_version: "1.0.0",
  id: "j1",
  geometry: null,
  properties: { datetime: null, expires: "2100-01-01T00:00:00Z" },
  links: [],
  assets: {
    "result.tif": {
      href: `${ORIGIN}/assets/result.tif`,
      type: ASSET.type,
      "file:size": ASSET.size,
      "file:checksum": CHECKSUM,
    },
    "broken.tif": {
      href: `${ORIGIN}/assets/broken.tif`,
      type: ASSET.type,
      "file:size": ASSET.size,
      "file:checksum": CHECKSUM,
    },
  },
};

const COLLECTION = {
  stac_version: "1.0.0",
  id: "C1",
  description: "x",
  license: "CC-BY-4.0",
  extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [[null, null]] } },
  links: [],
};
/**
 * Assets that break each of jobkit's extras (a relative href, a file:size in words, an upper-case checksum), and
 * no `expires`.
 */
const ODD_RESULTS = {
  ...RESULTS,
  properties: { datetime: null },
  assets: {
    "odd.tif": { href: "odd.tif", type: "image/tiff", "file:size": "2 KiB", "file:checksum": "ABC" },
  },
};

interface Canned {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  requestBody?: unknown;
  status: number;
  responseHeaders?: Record<string, string>;
  body?: unknown;
  asset?: DeclaredAsset;
  /** The run made the request knowing it valid (the proxy cannot know). */
  valid?: true;
}

const json = (body: unknown): string | Uint8Array<ArrayBuffer> =>
  typeof body === "string" ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body);
const bearer = { authorization: "Bearer basic//secret" };
const job = (status: string) => ({
  id: "j1",
  status,
  created: "2026-01-01T00:00:00Z",
  process: { process_graph: {} },
});
/** A poll of job j1 that reads running. */
const runningJob: Canned = {
  method: "GET",
  path: "/jobs/j1",
  headers: bearer,
  status: 200,
  responseHeaders: CORS,
  body: job("running"),
};
const error = { code: "Internal", message: "it broke" };

/** Exchanges that keep every rule they fall under. */
const KEPT = {
  capabilities: { method: "GET", path: "/", status: 200, responseHeaders: CORS, body: CAPABILITIES },
  start: { method: "POST", path: "/jobs/j1/results", headers: bearer, status: 202, responseHeaders: CORS },
  create: {
    method: "POST",
    path: "/jobs",
    headers: bearer,
    status: 201,
    responseHeaders: { ...CORS, location: `${ORIGIN}/jobs/j1`, "openeo-identifier": "j1" },
  },
  update: { method: "PATCH", path: "/jobs/j1", headers: bearer, status: 204, responseHeaders: CORS },
  cancel: { method: "DELETE", path: "/jobs/j1/results", headers: bearer, status: 204, responseHeaders: CORS },
  delete: { method: "DELETE", path: "/jobs/j1", headers: bearer, status: 204, responseHeaders: CORS },
  results: {
    method: "GET",
    path: "/jobs/j1/results",
    headers: bearer,
    status: 200,
    responseHeaders: { ...CORS, "openeo-costs": "1.5" },
    body: RESULTS,
  },
  download: {
    method: "GET",
    path: "/assets/result.tif",
    status: 200,
    responseHeaders: { "content-type": "image/tiff" },
    body: BYTES,
    asset: ASSET,
  },
  head: {
    method: "HEAD",
    path: "/assets/result.tif",
    headers: bearer,
    status: 200,
    responseHeaders: { "content-type": "image/tiff", "content-length": String(BYTES.length) },
    asset: ASSET,
  },
  collections: {
    method: "GET",
    path: "/collections",
    status: 200,
    responseHeaders: CORS,
    body: { collections: [COLLECTION], links: [] },
  },
  collection: {
    method: "GET",
    path: "/collections/C1",
    status: 200,
    responseHeaders: CORS,
    body: { ...COLLECTION, "cube:dimensions": {}, summaries: {} },
  },
  logs: {
    method: "GET",
    path: "/jobs/j1/logs",
    headers: bearer,
    status: 200,
    responseHeaders: CORS,
    body: {
      logs: [{ id: "1", level: "info", message: "started", time: "2026-01-01T00:00:00Z" }],
      links: [],
    },
  },
  sync: {
    method: "POST",
    path: "/result",
    headers: bearer,
    requestBody: syncRequest("PNG"),
    status: 200,
    responseHeaders: {
      ...CORS,
      "content-type": "image/png",
      "openeo-costs": "0",
      link: `<${ORIGIN}/jobs/sync-1/logs>; rel="monitor"`,
    },
    body: PNG,
  },
} satisfies Record<string, Canned>;

/** One exchange for each way a shared rule can be kept or broken. */
const TRAFFIC: Canned[] = [
  KEPT.capabilities,
  { method: "GET", path: "/", headers: bearer, status: 500, responseHeaders: CORS, body: error },
  {
    method: "OPTIONS",
    path: "/jobs",
    headers: {
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    },
    status: 204,
    responseHeaders: {
      ...CORS,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "*",
    },
  },
  { method: "GET", path: "/jobs", headers: bearer, status: 200, body: { jobs: [], links: [] } },
  {
    method: "GET",
    path: "/file_formats",
    status: 200,
    responseHeaders: { "access-control-allow-origin": "*" },
    body: { input: {}, output: {} },
  },
  {
    method: "GET",
    path: "/jobs/nope",
    headers: bearer,
    status: 404,
    responseHeaders: { ...CORS, "content-type": "text/plain" },
    body: "not found",
  },
  { method: "GET", path: "/processes", status: 200, responseHeaders: CORS, body: { processes: "none" } },
  KEPT.start,
  { method: "GET", path: "/me", headers: bearer, status: 200, responseHeaders: CORS, body: error },
  { method: "GET", path: "/jobs/gone", headers: bearer, status: 404, responseHeaders: CORS, body: error },
  {
    method: "GET",
    path: "/conformance",
    status: 200,
    responseHeaders: { ...CORS, "content-type": "application/json; charset=iso-8859-1" },
    body: { conformsTo: [] },
  },
  { method: "GET", path: "/conformance", status: 500, responseHeaders: CORS, body: error },
  {
    method: "GET",
    path: "/jobs/j1/logs",
    headers: bearer,
    status: 200,
    responseHeaders: { "access-control-allow-origin": "*" },
    body: { logs: [], links: [] },
  },
  runningJob,
  { method: "DELETE", path: "/jobs/j1/results", headers: bearer, status: 204, responseHeaders: CORS },
  runningJob,
  // a finished job back to created takes a start and a cancel; none was made between these two polls
  { ...runningJob, body: job("finished") },
  { ...runningJob, body: job("created") },
  KEPT.results,
  KEPT.download,
  {
    method: "GET",
    path: "/assets/result.tif",
    headers: bearer,
    status: 200,
    responseHeaders: { "content-type": "image/png" },
    body: BYTES.subarray(1),
    asset: ASSET,
  },
  { method: "GET", path: "/assets/broken.tif", status: 403, body: error, asset: BROKEN_ASSET },
  {
    method: "GET",
    path: "/assets/broken.tif",
    headers: bearer,
    status: 500,
    body: error,
    asset: BROKEN_ASSET,
  },
  { ...KEPT.head, responseHeaders: { "content-type": "image/tiff" } },
  {
    ...KEPT.collections,
    body: {
      collections: [
        { ...COLLECTION, license: "proprietary" },
        { ...COLLECTION, id: "C2", license: undefined },
      ],
      links: [],
    },
  },
  { method: "GET", path: "/collections/C2", status: 404, responseHeaders: CORS, body: error },
  { ...KEPT.results, body: ODD_RESULTS },
  KEPT.sync,
  KEPT.logs,
  // an entry without id, one without time, one holding a stack trace
  {
    ...KEPT.logs,
    body: {
      logs: [
        { level: "info", message: "no id", time: "2026-01-01T00:00:00Z" },
        { id: "2", level: "error", message: "no time" },
        {
          id: "3",
          level: "error",
          message: "Error: x\n    at run (job.js:1:1)",
          time: "2026-01-01T00:00:01Z",
        },
      ],
      links: [],
    },
  },
  // results that are no STAC (stac_version 2), an Item without geometry, and no OpenEO-Costs
  {
    ...KEPT.results,
    responseHeaders: CORS,
    body: { ...RESULTS, stac_version: "2.0.0", geometry: undefined },
  },
  // a PNG result labelled image/tiff, without OpenEO-Costs, and a Link without rel=monitor
  {
    ...KEPT.sync,
    responseHeaders: { ...CORS, "content-type": "image/tiff", link: `<${ORIGIN}/jobs>; rel="related"` },
  },
  // a GTiff result that is a line of text labelled image/tiff (the python-driver dummy's), one answered 201
  {
    ...KEPT.sync,
    requestBody: syncRequest("GTiff"),
    responseHeaders: { ...KEPT.sync.responseHeaders, "content-type": "image/tiff" },
    body: "Not a TIFF at all",
  },
  { ...KEPT.sync, status: 201 },
  // success statuses other than the operation's, a creation without Location or OpenEO-Identifier, and one whose
  // Location is relative
  { ...KEPT.create, status: 200, responseHeaders: CORS },
  { ...KEPT.create, responseHeaders: { ...CORS, location: "/jobs/j1", "openeo-identifier": "j1" } },
  { ...KEPT.start, status: 200 },
  { ...KEPT.update, status: 200 },
  { ...KEPT.cancel, status: 200 },
  { ...KEPT.delete, status: 200 },
];

function cannedResponse(canned: Canned): Response {
  const body = canned.body === undefined ? null : json(canned.body);
  const isJson = typeof canned.body === "object" && !(canned.body instanceof Uint8Array);
  const type: Record<string, string> = isJson ? { "content-type": "application/json" } : {};
  return new Response(body, { status: canned.status, headers: { ...type, ...canned.responseHeaders } });
}

/** The run's records of the traffic: the probe makes each request (to a fetch that answers the canned response). */
async function runObserved(traffic: Canned[], targetClock?: () => number): Promise<Observed[]> {
  const answers = [...traffic];
  const probe = createProbe({
    fetch: async () => cannedResponse(answers.shift() as Canned),
    timeoutMs: 1_000,
    maxBodyBytes: 1 << 20,
    origin: "https://kit.test",
    ...(targetClock ? { targetClock } : {}),
  });
  const pairs: { exchange: Exchange; target: ObservedTarget }[] = [];
  for (const canned of traffic) {
    const exchange = await probe.request({
      method: canned.method,
      url: `${ORIGIN}${canned.path}`,
      headers: canned.headers ?? {},
      ...(canned.requestBody === undefined ? {} : { json: canned.requestBody }),
    });
    pairs.push({
      exchange,
      target: canned.asset ? { kind: "asset", asset: canned.asset } : apiTarget(canned.path, VERSION),
    });
  }
  return pairs.map(({ exchange, target }, index) => ({
    ...observeExchange(exchange, target),
    ...(traffic[index]?.valid ? { madeValid: true as const } : {}),
  }));
}

/** The run's path: its records judged as a scenario judges them. */
async function runPath(traffic: Canned[]) {
  const observed = await runObserved(traffic);
  return new Map(
    SHARED_CHECKS.map((check) => [check.id, judgedOutcome(check, observed, () => undefined).status]),
  );
}

async function proxied(canned: Canned, seq: number): Promise<ProxiedExchange> {
  const response = cannedResponse(canned);
  const body = new Uint8Array(await response.arrayBuffer());
  const sent = new TextEncoder().encode(
    canned.requestBody === undefined ? "" : JSON.stringify(canned.requestBody),
  );
  return {
    seq,
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
    method: canned.method,
    upstreamUrl: new URL(`${ORIGIN}${canned.path}`),
    requestHeaders: new Headers({ origin: "https://kit.test", ...canned.headers }),
    requestBody: sent,
    requestBodyBytes: sent.length,
    status: canned.status,
    responseHeaders: response.headers,
    responseBody: body,
    responseBodyBytes: body.length,
    bodyJudgeable: true,
    sha256: createHash("sha256").update(body).digest("hex"),
    durationMs: 1,
    problem: undefined,
    problemSide: undefined,
  };
}

/** The proxy's traffic judge after it saw each exchange as it completed. */
async function proxyJudged(traffic: Canned[]) {
  const judge = createTrafficJudge({
    upstream: new URL(ORIGIN),
    followAssets: true,
    validationCapBytes: 1 << 20,
    startedAt: Date.UTC(2026, 0, 1),
  });
  for (const [index, canned] of traffic.entries()) judge.judge(await proxied(canned, index + 1));
  return judge;
}

/** The proxy's path: its verdict on every shared rule. */
async function proxyPath(traffic: Canned[]) {
  const judge = await proxyJudged(traffic);
  return new Map(SHARED_CHECKS.map((check) => [check.id, judge.sharedVerdict(check.id)?.status]));
}

describe("one judge per rule, whichever front door saw the exchanges", () => {
  it("gives the same verdict on every shared rule through the run's path and the proxy's", async () => {
    const run = await runPath(TRAFFIC);
    const proxy = await proxyPath(TRAFFIC);
    expect(Object.fromEntries(proxy)).toEqual(Object.fromEntries(run));
    // the success-status and creation-header rules are among them, broken by the last exchanges of the traffic
    const STATUS_RULES: CheckId[] = [
      "jobs.create.status-201",
      "jobs.create.location",
      "jobs.create.identifier",
      "jobs.start.status-202",
      "cancel.status",
      "jobs.update.status-204",
      "jobs.delete.status-204",
    ];
    expect(STATUS_RULES.map((id) => proxy.get(id))).toEqual(STATUS_RULES.map(() => "fail"));
    // every shared rule is broken somewhere in this traffic, so the comparison is not one of empty verdicts
    expect(SHARED_CHECKS.filter((check) => run.get(check.id) !== "fail").map((check) => check.id)).toEqual(
      [],
    );
  });

  it("gives the same verdicts on traffic that keeps the rules", async () => {
    const kept = [
      KEPT.capabilities,
      KEPT.start,
      runningJob,
      KEPT.results,
      KEPT.head,
      KEPT.download,
      KEPT.collections,
      KEPT.collection,
      KEPT.sync,
      KEPT.logs,
      KEPT.create,
      KEPT.update,
      KEPT.delete,
      KEPT.cancel,
    ];
    const run = await runPath(kept);
    const proxy = await proxyPath(kept);
    expect(Object.fromEntries(proxy)).toEqual(Object.fromEntries(run));
    expect([...run.values()].filter((status) => status === "fail")).toEqual([]);
  });

  it("judges a refusal of a success rule only when the run made the request knowing it valid", async () => {
    const refused: Canned[] = [
      { ...KEPT.create, status: 500, responseHeaders: CORS, body: error },
      { ...KEPT.start, status: 500, body: error },
      { ...KEPT.update, status: 500, body: error },
      { ...KEPT.cancel, status: 500, body: error },
      { ...KEPT.delete, status: 500, body: error },
      { ...KEPT.sync, status: 500, body: error },
    ];
    const SUCCESS_RULES = [
      "sync.status-200",
      "jobs.create.status-201",
      "jobs.start.status-202",
      "jobs.update.status-204",
      "cancel.status",
      "jobs.delete.status-204",
    ];
    const pick = (verdicts: Map<string, string | undefined>) =>
      Object.fromEntries(SUCCESS_RULES.map((id) => [id, verdicts.get(id)]));
    const unmarked = pick(await runPath(refused));
    // the proxy cannot know whether the client's request was valid: like the run's unmarked exchanges, not judged
    expect(pick(await proxyPath(refused))).toEqual(unmarked);
    expect(Object.values(unmarked)).toEqual(SUCCESS_RULES.map(() => "skip"));
    const marked = pick(await runPath(refused.map((canned) => ({ ...canned, valid: true }))));
    expect(Object.values(marked)).toEqual(SUCCESS_RULES.map(() => "fail"));
  });
});

/** A poll of job j1 that reads `status`. */
const poll = (status: string): Canned => ({ ...runningJob, body: job(status) });

/** The job's creation (with its id) and start, as the run and a client through the proxy make them. */
const STARTED: Canned[] = [KEPT.capabilities, KEPT.create, KEPT.start];

/** Where the two paths give their jobs.transitions verdict: the run's outcome with its evidence, the proxy's verdict and live violations. */
async function transitionsThroughBoth(traffic: Canned[]) {
  const observed = await runObserved(traffic);
  const evidence: number[] = [];
  const run = judgedOutcome(jobsTransitions, observed, (seq) => evidence.push(seq));
  const judge = await proxyJudged(traffic);
  const proxy = judge.sharedVerdict("jobs.transitions");
  const live = judge.verdicts.violations
    .filter((violation) => violation.check === "jobs.transitions")
    .map((violation) => `${violation.exchange.seq} ${violation.message}`);
  const seqOf = (index: number) => observed[index]?.seq;
  return { run, proxy, live, evidence, seqOf };
}

describe("jobs.transitions: one judge for the run's polls and the client's polls through the proxy", () => {
  it("fails a cancel that does not hold (running → canceled → finished) in both, blaming the poll that showed it", async () => {
    const traffic = [...STARTED, poll("running"), KEPT.cancel, poll("canceled"), poll("finished")];
    const { run, proxy, live, evidence, seqOf } = await transitionsThroughBoth(traffic);
    const problem =
      "job j1 went canceled → finished with no start or cancel since it first read canceled, which openEO does not allow";
    expect(live).toEqual([`7 ${problem}`]);
    expect(proxy?.status).toBe("fail");
    expect(run.status).toBe("fail");
    expect(run.observation).toBe(proxy?.observation);
    expect(run.observation).toContain(problem);
    expect(evidence).toEqual([seqOf(6)]);
    expect(proxy?.blamed).toEqual([7]);
  });

  it("fails a finished job that runs again without a start, in both", async () => {
    const traffic = [...STARTED, poll("queued"), poll("finished"), poll("running")];
    const { run, proxy, live } = await transitionsThroughBoth(traffic);
    const problem =
      "job j1 went finished → running with no start or cancel since it first read finished, which openEO does not allow";
    expect(live).toEqual([`6 ${problem}`]);
    expect([run.status, proxy?.status]).toEqual(["fail", "fail"]);
    expect(run.observation).toBe(proxy?.observation);
  });

  it("passes processing steps missed between two polls (queued → finished) in both", async () => {
    const traffic = [...STARTED, poll("queued"), poll("finished"), poll("finished")];
    const { run, proxy, live } = await transitionsThroughBoth(traffic);
    expect(live).toEqual([]);
    expect([run.status, proxy?.status]).toEqual(["pass", "pass"]);
    expect(run.observation).toBe(proxy?.observation);
  });

  it("passes a change that a start or cancel made since the status was first read explains, in both", async () => {
    // finished, started again and running; then canceled back to created
    const traffic = [...STARTED, poll("finished"), KEPT.start, poll("running"), KEPT.cancel, poll("created")];
    const { run, proxy, live } = await transitionsThroughBoth(traffic);
    expect(live).toEqual([]);
    expect([run.status, proxy?.status]).toEqual(["pass", "pass"]);
    expect(run.observation).toBe(proxy?.observation);
  });

  it("counts a start made before the last poll that still read the old status (a 202 may show late), in both", async () => {
    // created, start, created (the start not yet shown), running: the start explains created → running
    const late = await transitionsThroughBoth([
      ...STARTED.slice(0, 2),
      poll("created"),
      KEPT.start,
      poll("created"),
      poll("running"),
    ]);
    expect([late.run.status, late.proxy?.status]).toEqual(["pass", "pass"]);
    // but not a start made before the job first read the status it leaves: it was spent getting there
    const spent = await transitionsThroughBoth([
      ...STARTED,
      poll("finished"),
      poll("finished"),
      poll("running"),
    ]);
    expect([spent.run.status, spent.proxy?.status]).toEqual(["fail", "fail"]);
    expect(spent.run.observation).toBe(spent.proxy?.observation);
  });

  it("allows one request made elsewhere for a job whose creation it did not see, and no more, in both", async () => {
    const elsewhere = [KEPT.capabilities, poll("finished"), poll("running")];
    const allowed = await transitionsThroughBoth(elsewhere);
    expect([allowed.run.status, allowed.proxy?.status]).toEqual(["pass", "pass"]);
    // finished → created takes a start and a cancel
    const tooMany = await transitionsThroughBoth([KEPT.capabilities, poll("finished"), poll("created")]);
    expect([tooMany.run.status, tooMany.proxy?.status]).toEqual(["fail", "fail"]);
    expect(tooMany.live).toEqual([
      "3 job j1 went finished → created with no start or cancel since it first read finished (and perhaps one more made elsewhere: the job's creation was not seen), which openEO does not allow",
    ]);
    expect(tooMany.run.observation).toBe(tooMany.proxy?.observation);
  });
});

/** One shared check's verdict through the run's path and the proxy's: status and observation. */
async function throughBoth(id: CheckId, traffic: Canned[]) {
  const check = SHARED_CHECKS.find((shared) => shared.id === id);
  if (!check) throw new Error(`${id} is not shared`);
  const run = judgedOutcome(check, await runObserved(traffic), () => undefined);
  const proxy = (await proxyJudged(traffic)).sharedVerdict(id);
  return { run: [run.status, run.observation], proxy: [proxy?.status, proxy?.observation] };
}

/** A results document whose links expire at `expires`, answered with these extra headers. */
const resultsExpiring = (expires: string, headers: Record<string, string> = {}): Canned => ({
  ...KEPT.results,
  responseHeaders: { ...KEPT.results.responseHeaders, ...headers },
  body: { ...RESULTS, properties: { datetime: null, expires } },
});

describe("jobs.results.expires: one judge for the run's results and the client's through the proxy", () => {
  it("fails a results document without expires in both", async () => {
    const both = await throughBoth("jobs.results.expires", [{ ...KEPT.results, body: ODD_RESULTS }]);
    expect(both.run).toEqual(["fail", "no expires"]);
    expect(both.proxy).toEqual(both.run);
  });

  it("judges expires against the answer's Date header in both, whatever the observer's clock", async () => {
    const date = { date: "Tue, 01 Jan 2030 00:00:00 GMT" };
    const past = await throughBoth("jobs.results.expires", [resultsExpiring("2029-06-01T00:00:00Z", date)]);
    expect(past.run).toEqual([
      "fail",
      "expires 2029-06-01T00:00:00Z is already past (server time 2030-01-01T00:00:00.000Z)",
    ]);
    expect(past.proxy).toEqual(past.run);
    const future = await throughBoth("jobs.results.expires", [resultsExpiring("2030-06-01T00:00:00Z", date)]);
    expect(future.run).toEqual(["pass", "expires 2030-06-01T00:00:00Z"]);
    expect(future.proxy).toEqual(future.run);
  });

  it("without a Date header, judges by when the answer was observed, and says so", async () => {
    const both = await throughBoth("jobs.results.expires", [resultsExpiring("2000-01-01T00:00:00Z")]);
    expect(both.run[0]).toBe("fail");
    expect(both.run[1]).toMatch(/already past \(observed at .*; the answer has no Date header\)$/);
    expect(both.proxy[1]).toMatch(
      /already past \(observed at 2026-01-01T00:00:01\.001Z; the answer has no Date header\)$/,
    );
  });

  it("takes the target's own clock over its Date header when the run drives it (a mock on virtual time)", async () => {
    const answer = resultsExpiring("2030-06-01T00:00:00Z", { date: "Tue, 01 Jan 2030 00:00:00 GMT" });
    const [observed] = await runObserved([answer], () => Date.UTC(2031, 0, 1));
    const outcome = judgedOutcome(jobsResultsExpires, observed ? [observed] : [], () => undefined);
    expect([outcome.status, outcome.observation]).toEqual([
      "fail",
      "expires 2030-06-01T00:00:00Z is already past (server time 2031-01-01T00:00:00.000Z)",
    ]);
  });
});

describe("sync.*: one judge for the run's POST /result and the client's through the proxy", () => {
  it("reads the format asked for from the request body, and gives the same words in both", async () => {
    const textAsTiff: Canned = {
      ...KEPT.sync,
      requestBody: syncRequest("GTiff"),
      responseHeaders: { ...KEPT.sync.responseHeaders, "content-type": "image/tiff" },
      body: "x".repeat(93),
    };
    const format = await throughBoth("sync.format", [textAsTiff]);
    expect(format.run[0]).toBe("fail");
    expect(format.run[1]).toMatch(/^the GTiff result is not a TIFF/);
    expect(format.proxy).toEqual(format.run);
    const type = await throughBoth("sync.content-type", [
      { ...KEPT.sync, requestBody: syncRequest("GTiff") },
    ]);
    expect(type.run).toEqual(["fail", "the process asks for GTiff (image/tiff) but the answer is image/png"]);
    expect(type.proxy).toEqual(type.run);
    const status = await throughBoth("sync.status-200", [{ ...KEPT.sync, body: "" }]);
    expect(status.run).toEqual(["fail", "200 with an empty body"]);
    expect(status.proxy).toEqual(status.run);
  });

  it("passes a PNG asked for as PNG in both, and leaves a format the kit cannot parse not evaluated", async () => {
    const kept = await throughBoth("sync.format", [KEPT.sync]);
    expect(kept.run).toEqual(["pass", "a PNG"]);
    expect(kept.proxy).toEqual(kept.run);
    const netcdf: Canned = {
      ...KEPT.sync,
      requestBody: syncRequest("netCDF"),
      responseHeaders: { ...KEPT.sync.responseHeaders, "content-type": "application/x-netcdf" },
    };
    const unparsed = await throughBoth("sync.format", [netcdf]);
    expect(unparsed.run).toEqual(["skip", "application/x-netcdf is not a format the kit can parse"]);
    expect(unparsed.proxy).toEqual(unparsed.run);
  });
});

describe("answers larger than the proxy keeps", () => {
  it("leaves a whole POST /result the proxy did not keep not evaluated, not failed as if it had not arrived", async () => {
    const judge = createTrafficJudge({
      upstream: new URL(ORIGIN),
      followAssets: false,
      validationCapBytes: 8,
      startedAt: Date.UTC(2026, 0, 1),
    });
    const large = await proxied(KEPT.sync, 1);
    judge.judge({ ...large, responseBody: new Uint8Array(0), bodyJudgeable: false });
    const ids = ["sync.status-200", "sync.content-type", "sync.format", "sync.costs"] as const;
    expect(ids.map((id) => judge.sharedVerdict(id)?.status)).toEqual(ids.map(() => "skip"));
  });
});
