/**
 * The client against the in-process mock back-end (`fetch` = the Hono app's fetch): the seed flows of
 * the official clients one by one, then the robustness rules, each against the mock fault that tests it.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockServer } from "@jobkit/mock-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Connection, connect, JobFailedError, OpenEOApiError, type ProcessInput } from "../src/index.js";
import { downloadAsset, downloadFile, downloadFiles, saveResult } from "../src/node.js";
import { EXTENT, FAILING_GRAPH, MULTI_GRAPH, TIFF_GRAPH, TIFF_NAME } from "./process-graphs.js";

const ORIGIN = "http://mock.test";
const isTiff = (bytes: Uint8Array) =>
  (bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42) || (bytes[0] === 0x4d && bytes[2] === 0);
const isPng = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from("\x89PNG\r\n\x1a\n", "latin1"));

let mock: ReturnType<typeof createMockServer>;
let connection: Connection;
let dir: string;

async function setUp(options: Parameters<typeof createMockServer>[0] = {}) {
  mock = createMockServer({ timing: { mode: "poll" }, ...options });
  connection = await connect(ORIGIN, {
    fetch: (request) => mock.app.fetch(request),
    auth: { user: "alice", password: "alice123" },
    retry: { minDelayMs: 1, maxDelayMs: 4 },
  });
}

/** Creates, starts and waits for a job (one status step per poll in `poll` timing). */
async function finishedJob(graph: ProcessInput = MULTI_GRAPH) {
  const job = await connection.createJob(graph, { title: "test" });
  await job.startAndWait({ pollInterval: 1, backoff: 1 });
  return job;
}

const downloads = () => mock.journal.entries().filter((entry) => entry.path.startsWith("/download/"));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-flows-"));
  await setUp();
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe("seed flows", () => {
  it("results.get_metadata(): the STAC Item with bbox, geometry and assets", async () => {
    const results = (await finishedJob()).getResults();
    const item = await results.getMetadata();
    if (item.type !== "Feature") throw new Error("expected a STAC Item");
    expect(item.bbox).toEqual([EXTENT.west, EXTENT.south, EXTENT.east, EXTENT.north]);
    expect(item.geometry?.type).toBe("Polygon");
    expect(Object.keys(item.assets ?? {}).sort()).toEqual([TIFF_NAME, "result.json", "result.png"]);
  });

  it('results.download_files("data/out"): every asset, named as the metadata names it', async () => {
    const results = (await finishedJob()).getResults();
    const paths = await downloadFiles(results, join(dir, "data/out"));
    expect(paths.map((path) => path.slice(dir.length + 1)).sort()).toEqual([
      `data/out/${TIFF_NAME}`,
      "data/out/result.json",
      "data/out/result.png",
    ]);
    expect(isTiff(await readFile(join(dir, "data/out", TIFF_NAME)))).toBe(true);
    expect((await readdir(join(dir, "data/out"))).sort()).toEqual([TIFF_NAME, "result.json", "result.png"]);
  });

  it('results.download_file("data/out/result.tiff") fails when there are several assets …', async () => {
    const results = (await finishedJob()).getResults();
    await expect(downloadFile(results, join(dir, "result.tiff"))).rejects.toMatchObject({
      code: "AmbiguousAsset",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("… and works with a single asset, or with a name", async () => {
    const single = (await finishedJob(TIFF_GRAPH)).getResults();
    expect(isTiff(await readFile(await downloadFile(single, join(dir, "result.tiff"))))).toBe(true);
    const multi = (await finishedJob()).getResults();
    const path = await downloadFile(multi, join(dir, "res002.png"), { name: "result.png" });
    expect(isPng(await readFile(path))).toBe(true);
  });

  it('for asset in results.get_assets(): if type starts with "image/tiff": asset.download(...)', async () => {
    const results = (await finishedJob()).getResults();
    const written: string[] = [];
    for (const asset of await results.getAssets()) {
      if (asset.type?.startsWith("image/tiff")) {
        written.push(await downloadAsset(asset, join(dir, `data/out/result-v2-${asset.name}`)));
      }
    }
    expect(written).toEqual([join(dir, `data/out/result-v2-${TIFF_NAME}`)]);
    expect(isTiff(await readFile(written[0] as string))).toBe(true);
  });

  it("asset.load_json(): without touching the disk", async () => {
    const results = (await finishedJob()).getResults();
    const data = await (await results.getAsset("result.json")).loadJson();
    expect(data).toBeTypeOf("object");
    expect(await readdir(dir)).toEqual([]);
  });

  it("quicklooks are the assets with role thumbnail/overview, and they are PNGs", async () => {
    const results = (await finishedJob()).getResults();
    const quicklooks = await results.getQuicklooks();
    expect(quicklooks.map((asset) => asset.name)).toEqual(["result.png"]);
    expect(isPng(await (quicklooks[0] as (typeof quicklooks)[0]).bytes())).toBe(true);
  });

  it("waits with progress until the job ends: created → queued → running → finished", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    const statuses: string[] = [];
    const final = await job.startAndWait({
      pollInterval: 1,
      backoff: 1,
      onProgress: (p) => statuses.push(p.status),
    });
    expect(final.status).toBe("finished");
    expect(statuses.at(-1)).toBe("finished");
    expect(statuses).toContain("running");
  });
});

describe("jobs", () => {
  it("lists every job across pages following rel=next", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await connection.createJob(TIFF_GRAPH, { title: `job ${i}` })).id);
    const listed = [];
    for await (const job of connection.listJobs({ limit: 2 })) listed.push(job.id);
    expect(listed.sort()).toEqual(ids.sort());
    expect(
      mock.journal.entries().filter((entry) => entry.method === "GET" && entry.path === "/jobs"),
    ).toHaveLength(3);
  });

  it("describes, updates and deletes a job", async () => {
    const job = await connection.createJob(TIFF_GRAPH, {
      title: "before",
      plan: null,
      budget: 10,
      logLevel: "info",
    });
    expect(await job.describe()).toMatchObject({ id: job.id, status: "created", title: "before" });
    await job.update({ title: "after" });
    expect((await job.describe()).title).toBe("after");
    await job.delete();
    await expect(job.describe()).rejects.toMatchObject({ status: 404, code: "JobNotFound" });
  });

  it("estimates a job", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    const estimate = await job.estimate();
    expect(estimate.costs ?? estimate.duration ?? estimate.size).toBeDefined();
  });

  it("reads logs as an async iterator, by level and from an offset", async () => {
    const job = await finishedJob(TIFF_GRAPH);
    const all = [];
    for await (const entry of job.logs()) all.push(entry);
    expect(all.length).toBeGreaterThan(1);
    const after = [];
    for await (const entry of job.logs({ offset: (all[0] as (typeof all)[0]).id })) after.push(entry.id);
    expect(after).toEqual(all.slice(1).map((entry) => entry.id));
    const warnings = [];
    for await (const entry of job.logs({ level: "warning" })) warnings.push(entry.id);
    expect(all.length).toBeGreaterThan(warnings.length);
    expect(warnings).toEqual(
      all.filter((entry) => entry.level === "warning" || entry.level === "error").map((entry) => entry.id),
    );
  });

  it("computes a result synchronously: bytes with their media type, or straight to a file", async () => {
    const result = await connection.computeResult(TIFF_GRAPH);
    expect(result.mediaType).toMatch(/^image\/tiff/);
    expect(isTiff(await result.bytes())).toBe(true);
    const path = await saveResult(await connection.computeResult(TIFF_GRAPH), join(dir, "sync.tif"));
    expect(isTiff(await readFile(path))).toBe(true);
    expect(await readdir(dir)).toEqual(["sync.tif"]);
  });

  it("cancels a running job", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    await job.start();
    let status = (await job.describe()).status;
    for (let i = 0; i < 5 && status !== "running"; i++) status = (await job.describe()).status;
    expect(status).toBe("running");
    await job.cancel();
    expect((await job.describe()).status).toBe("canceled");
    await expect(job.waitForCompletion({ pollInterval: 1 })).rejects.toMatchObject({ code: "JobCanceled" });
  });

  it("a failing job raises JobFailedError with its error logs; its results answer 424", async () => {
    const job = await connection.createJob(FAILING_GRAPH);
    const error = await job.startAndWait({ pollInterval: 1, backoff: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    const failed = error as JobFailedError;
    expect(failed.logs.length).toBeGreaterThan(0);
    expect(failed.logs.every((entry) => entry.level === "error")).toBe(true);
    expect(failed.message).toContain("NOT_A_COLLECTION");
    await expect(job.getResults().getMetadata()).rejects.toMatchObject({ status: 424 });
  });

  it("results as a STAC Collection download the same way", async () => {
    await setUp({ timing: { mode: "poll" }, results: { type: "Collection" } });
    const results = (await finishedJob()).getResults();
    expect((await results.getMetadata()).type).toBe("Collection");
    expect((await downloadFiles(results, dir)).length).toBe(3);
  });

  it("starting without credit raises PaymentRequired", async () => {
    const broke = await connect(ORIGIN, {
      fetch: (request) => mock.app.fetch(request),
      auth: { user: "broke", password: "broke123" },
    });
    const job = await broke.createJob(TIFF_GRAPH);
    await expect(job.start()).rejects.toMatchObject({ status: 402, code: "PaymentRequired" });
  });

  it("another user's job is JobNotFound", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    const bob = await connect(ORIGIN, {
      fetch: (request) => mock.app.fetch(request),
      auth: { user: "bob", password: "bob123" },
    });
    await expect(bob.job(job.id).describe()).rejects.toMatchObject({ status: 404, code: "JobNotFound" });
  });
});

describe("faults", () => {
  it("503 while polling: retried, the wait completes", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    await job.start();
    mock.faults.add({
      match: { method: "GET", path: "/jobs/*" },
      times: 2,
      action: { type: "error", status: 503 },
    });
    expect((await job.waitForCompletion({ pollInterval: 1, backoff: 1 })).status).toBe("finished");
    expect(mock.journal.entries().filter((entry) => entry.status === 503)).toHaveLength(2);
  });

  it("429 with Retry-After: waits as long as the server asks, then succeeds", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    mock.faults.add({
      match: { method: "GET", path: "/jobs/*" },
      times: 1,
      action: { type: "error", status: 429, retryAfter: 2 },
    });
    const started = Date.now();
    const described = job.describe();
    await vi.advanceTimersByTimeAsync(1900);
    expect(mock.journal.entries().filter((entry) => entry.path === `/jobs/${job.id}`)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect((await described).id).toBe(job.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it("a connection reset while polling is retried", async () => {
    const job = await connection.createJob(TIFF_GRAPH);
    mock.faults.add({ match: { method: "GET", path: "/jobs/*" }, times: 1, action: { type: "reset" } });
    expect((await job.describe()).id).toBe(job.id);
  });

  it("truncated download: resumed with Range, the file is complete and verified", async () => {
    const results = (await finishedJob(TIFF_GRAPH)).getResults();
    mock.faults.add({
      match: { method: "GET", path: "/download/**" },
      times: 1,
      action: { type: "truncate", bytes: 100 },
    });
    const path = await downloadFile(results, join(dir, "out.tif"));
    const asset = await results.getAsset(TIFF_NAME);
    expect((await readFile(path)).length).toBe(asset.metadata["file:size"]);
    expect(downloads().map((entry) => entry.status)).toEqual([200, 206]);
  });

  it("checksum mismatch: ChecksumMismatch, and no file is left", async () => {
    const results = (await finishedJob(TIFF_GRAPH)).getResults();
    mock.faults.add({ match: { path: "/download/**" }, action: { type: "asset", mode: "corrupt" } });
    await expect(downloadFiles(results, dir)).rejects.toMatchObject({ code: "ChecksumMismatch" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("missing asset: the 404 is raised, and no file is left", async () => {
    const results = (await finishedJob(TIFF_GRAPH)).getResults();
    mock.faults.add({ match: { path: "/download/**" }, action: { type: "asset", mode: "missing" } });
    const error = await downloadFiles(results, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenEOApiError);
    expect(error).toMatchObject({ status: 404 });
    expect(await readdir(dir)).toEqual([]);
  });

  it("expired link: the client fetches fresh signed links once and completes", async () => {
    await setUp({ timing: { mode: "poll" }, results: { linkTtlMs: 1000 } });
    const results = (await finishedJob(TIFF_GRAPH)).getResults();
    const [asset] = await results.getAssets();
    const expired = asset?.href;
    mock.clock.advance(5000);
    const path = await downloadAsset(asset as NonNullable<typeof asset>, join(dir, "out.tif"));
    expect(isTiff(await readFile(path))).toBe(true);
    expect(asset?.href).not.toBe(expired);
    expect(downloads().map((entry) => entry.status)).toEqual([410, 200]);
  });

  it.each([
    ["../../escaped.tif", "`..`"],
    ["/tmp/jobkit-absolute.tif", "absolute"],
    ["C:\\Windows\\evil.tif", "drive letter"],
  ])("malicious asset name %j: refused before anything is downloaded", async (name, why) => {
    const results = (await finishedJob(TIFF_GRAPH)).getResults();
    const original = (await results.getMetadata()).assets?.[TIFF_NAME];
    const pointer = `/assets/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    mock.faults.add({
      match: { method: "GET", path: "/jobs/*/results" },
      action: { type: "override", body: { set: { [pointer]: original } } },
    });
    await results.getMetadata({ refresh: true });
    const error = await downloadFiles(results, join(dir, "a/b")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UnsafeAssetName", message: expect.stringContaining(why) });
    expect(downloads()).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
    expect(existsSync("/tmp/jobkit-absolute.tif")).toBe(false);
  });
});
