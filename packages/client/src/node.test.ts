import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CAPABILITIES, fakeFetch, json } from "../test/fake-fetch.js";
import { connect } from "./connect.js";
import { downloadAsset, downloadFile, downloadFiles, saveResult } from "./node.js";

const API = "https://api.example";
const DATA = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
const CHECKSUM = `1220${createHash("sha256").update(DATA).digest("hex")}`;

interface Options {
  assets?: Record<string, Record<string, unknown>>;
  /** Let the first response of the file stall (never end) after `truncateAt` bytes. */
  stall?: boolean;
  /** Cut the first `n` responses of the file short after this many bytes. */
  truncateAt?: number;
  truncations?: number;
  ranges?: boolean;
}

/** A back-end with one finished job `j` whose asset bytes are DATA. */
async function resultsOf(options: Options = {}) {
  let truncations = options.truncations ?? 0;
  const assets = options.assets ?? {
    "result.bin": {
      href: `${API}/files/result.bin`,
      type: "application/octet-stream",
      "file:size": DATA.length,
      "file:checksum": CHECKSUM,
    },
  };
  const fetch = fakeFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/.well-known/openeo") return json({}, 404);
    if (url.pathname === "/") return json(CAPABILITIES);
    if (url.pathname === "/jobs/j/results") return json({ type: "Feature", assets, links: [] });
    if (url.pathname.startsWith("/files/")) {
      const range = request.headers.get("Range")?.match(/^bytes=(\d+)-$/);
      const start = options.ranges !== false && range ? Number(range[1]) : 0;
      let body = DATA.subarray(start);
      if (truncations > 0) {
        truncations--;
        body = body.subarray(0, (options.truncateAt ?? 1000) - start);
      }
      const headers: Record<string, string> = { "Content-Length": String(DATA.length - start), ETag: '"v1"' };
      if (options.stall && start === 0) {
        const head = DATA.subarray(0, options.truncateAt ?? 1000);
        const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(head) });
        return new Response(stalled, { headers });
      }
      if (start > 0) headers["Content-Range"] = `bytes ${start}-${DATA.length - 1}/${DATA.length}`;
      return new Response(body, { status: start > 0 ? 206 : 200, headers });
    }
    return json({ code: "NotFound", message: url.pathname }, 404);
  });
  const connection = await connect(API, { fetch, retry: { minDelayMs: 1, maxDelayMs: 2 }, timeout: 100 });
  return { results: connection.job("j").getResults(), fetch };
}

/** A back-end whose job `j` has the one asset `a.bin`; `file` answers every other request (the file, `/result`). */
async function connectWithFile(file: (request: Request) => Response) {
  const fetch = fakeFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/.well-known/openeo") return json({}, 404);
    if (url.pathname === "/") return json(CAPABILITIES);
    if (url.pathname === "/jobs/j/results") {
      return json({ assets: { "a.bin": { href: `${API}/files/a`, type: "x/y" } }, links: [] });
    }
    return file(request);
  });
  return connect(API, { fetch, retry: { minDelayMs: 1, maxDelayMs: 2 } });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-client-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("downloadAsset", () => {
  it("writes the verified file and leaves no temporary file", async () => {
    const { results } = await resultsOf();
    const [asset] = await results.getAssets();
    const path = await downloadAsset(asset as never, join(dir, "out.bin"));
    expect(path).toBe(join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(await readdir(dir)).toEqual(["out.bin"]);
  });

  it("writes into a hidden temporary file beside the target until the download is complete", async () => {
    const { results } = await resultsOf();
    const [asset] = await results.getAssets();
    const seen: string[][] = [];
    await downloadAsset(asset as never, join(dir, "out.bin"), {
      onProgress: ({ received }) => {
        if (received > 0 && seen.length === 0) seen.push(readdirSync(dir));
      },
    });
    expect(seen).toEqual([[expect.stringMatching(/^\.out\.bin\.[0-9a-f]{12}\.jobkit-part$/)]]);
    expect(await readdir(dir)).toEqual(["out.bin"]);
  });

  it("resumes a body that ended early with Range and If-Range", async () => {
    const { results, fetch } = await resultsOf({ truncateAt: 70_000, truncations: 1 });
    const path = await downloadFile(results, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    const resumed = fetch.requests.at(-1);
    expect(resumed?.headers.get("Range")).toBe("bytes=70000-");
    expect(resumed?.headers.get("If-Range")).toBe('"v1"');
  });

  it("resumes a body that stalls longer than the timeout", async () => {
    const { results, fetch } = await resultsOf({ truncateAt: 50_000, stall: true });
    const path = await downloadFile(results, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(fetch.requests.at(-1)?.headers.get("Range")).toBe("bytes=50000-");
  });

  it("after starting over on a changed file, resumes with the new file's ETag", async () => {
    const served: string[] = [];
    const connection = await connectWithFile((request) => {
      // the file changes to "v2" after the first response; If-Range with another tag gets the whole file
      const version = served.length === 0 ? '"v1"' : '"v2"';
      const range = request.headers.get("Range")?.match(/^bytes=(\d+)-$/);
      const start = range && request.headers.get("If-Range") === version ? Number(range[1]) : 0;
      served.push(`${start} ${request.headers.get("If-Range") ?? "-"}`);
      const cut = served.length < 3 ? 1000 * served.length : DATA.length;
      const headers: Record<string, string> = {
        ETag: version,
        "Content-Length": String(DATA.length - start),
      };
      if (start > 0) headers["Content-Range"] = `bytes ${start}-${DATA.length - 1}/${DATA.length}`;
      return new Response(DATA.subarray(start, cut), { status: start > 0 ? 206 : 200, headers });
    });
    const path = await downloadFile(connection.job("j").getResults(), join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(served).toEqual(["0 -", '0 "v1"', '2000 "v2"']);
  });

  it("starts over instead of splicing when a 206 answers from another offset than asked", async () => {
    const served: string[] = [];
    const connection = await connectWithFile((request) => {
      const range = request.headers.get("Range");
      served.push(range ?? "-");
      const headers: Record<string, string> = { "Content-Length": String(DATA.length), ETag: '"v1"' };
      if (served.length === 1) return new Response(DATA.subarray(0, 70_000), { headers });
      if (range) {
        // a broken server: answers the resume with the file from byte 0, labelled as a part
        headers["Content-Range"] = `bytes 0-${DATA.length - 1}/${DATA.length}`;
        return new Response(DATA, { status: 206, headers });
      }
      return new Response(DATA, { headers });
    });
    const path = await downloadFile(connection.job("j").getResults(), join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
    expect(served).toEqual(["-", "bytes=70000-", "-"]);
  });

  it("starts over when the server ignores Range", async () => {
    const { results } = await resultsOf({ truncateAt: 70_000, truncations: 1, ranges: false });
    const path = await downloadFile(results, join(dir, "out.bin"));
    expect((await readFile(path)).equals(DATA)).toBe(true);
  });

  it("fails with DownloadIncomplete when the body keeps breaking, leaving no file", async () => {
    const { results } = await resultsOf({ truncateAt: 1000, truncations: 100 });
    await expect(downloadFile(results, join(dir, "out.bin"))).rejects.toMatchObject({
      code: "DownloadIncomplete",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails with ChecksumMismatch, leaving no file", async () => {
    const bad = `1220${"0".repeat(64)}`;
    const { results } = await resultsOf({
      assets: { "a.bin": { href: `${API}/files/a.bin`, type: "x/y", "file:checksum": bad } },
    });
    await expect(downloadFile(results, join(dir, "out.bin"))).rejects.toMatchObject({
      code: "ChecksumMismatch",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails with SizeMismatch, leaving no file", async () => {
    const { results } = await resultsOf({
      assets: { "a.bin": { href: `${API}/files/a.bin`, type: "x/y", "file:size": DATA.length + 1 } },
    });
    await expect(downloadFile(results, join(dir, "out.bin"))).rejects.toMatchObject({ code: "SizeMismatch" });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("downloadFiles", () => {
  it("downloads every asset under its name and reports byte progress", async () => {
    const file = { href: `${API}/files/x`, type: "x/y", "file:size": DATA.length };
    const { results } = await resultsOf({ assets: { "a.bin": file, "sub/b.bin": file } });
    const progress: number[] = [];
    const paths = await downloadFiles(results, dir, {
      concurrency: 2,
      onProgress: (p) => progress.push(p.receivedBytes),
    });
    expect(paths).toEqual([join(dir, "a.bin"), join(dir, "sub", "b.bin")]);
    expect((await readFile(join(dir, "sub", "b.bin"))).length).toBe(DATA.length);
    expect(progress.at(-1)).toBe(2 * DATA.length);
  });

  it.each(["../evil.bin", "/etc/evil", "C:\\evil", "a\u0000b", ""])(
    "refuses the asset name %j before downloading anything",
    async (name) => {
      const file = { href: `${API}/files/x`, type: "x/y" };
      const { results, fetch } = await resultsOf({ assets: { "ok.bin": file, [name]: file } });
      await expect(downloadFiles(results, dir)).rejects.toMatchObject({ code: "UnsafeAssetName" });
      expect(fetch.requests.filter((r) => r.url.includes("/files/"))).toHaveLength(0);
      expect(await readdir(dir)).toEqual([]);
    },
  );
});

it.each([
  ["a/b.bin", "a\\b.bin"],
  ["result.tif", "RESULT.tif"],
])("refuses two asset names that map to the same file (%j, %j)", async (first, second) => {
  const file = { href: `${API}/files/x`, type: "x/y" };
  const { results } = await resultsOf({ assets: { [first]: file, [second]: file } });
  await expect(downloadFiles(results, dir)).rejects.toMatchObject({ code: "UnsafeAssetName" });
  expect(await readdir(dir)).toEqual([]);
});

describe("downloadFile", () => {
  it("needs a name when there are several assets", async () => {
    const file = { href: `${API}/files/x`, type: "x/y" };
    const { results } = await resultsOf({ assets: { "a.bin": file, "b.bin": file } });
    await expect(downloadFile(results, join(dir, "out.bin"))).rejects.toMatchObject({
      code: "AmbiguousAsset",
    });
    expect(await downloadFile(results, join(dir, "out.bin"), { name: "b.bin" })).toBe(join(dir, "out.bin"));
    await expect(downloadFile(results, join(dir, "c"), { name: "c.bin" })).rejects.toMatchObject({
      code: "AssetNotFound",
    });
  });
});

describe("aborting", () => {
  it("rejects with the signal's reason and leaves no file", async () => {
    const connection = await connectWithFile(() => {
      // one chunk, then a body that never ends
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new Uint8Array(1000)),
      });
      return new Response(body, { headers: { "Content-Length": "1000000" } });
    });
    const controller = new AbortController();
    const download = downloadFiles(connection.job("j").getResults(), dir, {
      signal: controller.signal,
      onProgress: ({ receivedBytes }) => {
        if (receivedBytes > 0) controller.abort(new Error("user gave up"));
      },
    });
    await expect(download).rejects.toThrow("user gave up");
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("saveResult", () => {
  it("fails with DownloadIncomplete when the body is shorter than its Content-Length, leaving no file", async () => {
    const connection = await connectWithFile(
      () => new Response(DATA.subarray(0, 1000), { headers: { "Content-Length": String(DATA.length) } }),
    );
    const result = await connection.computeResult({});
    await expect(saveResult(result, join(dir, "out.bin"))).rejects.toMatchObject({
      code: "DownloadIncomplete",
      message: expect.stringContaining(`after 1000 of ${DATA.length} bytes`),
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
