/**
 * Downloads from a back-end that misbehaves, over real HTTP on 127.0.0.1, through the library and the
 * `jobkit` bin: a body far longer than its `file:size`, asset names at the file system's length limit, and
 * one asset's path being the folder of another's.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connect } from "../src/connect.js";
import type { JobResults } from "../src/job-results.js";
import { downloadAsset, downloadFiles } from "../src/node.js";
import { type AssetServer, assetServer, type ServedAsset, STREAM_CAP } from "./asset-server.js";
import { CLI, runJobkit } from "./run-jobkit.js";

const DECLARED = 4097;
/**
 * A bound on what the server hands to its socket before it sees the client hang up: the socket buffers of
 * both ends fill meanwhile (about 3.8 MiB measured on loopback); a client that reads on gets all of STREAM_CAP.
 */
const STREAMED_AFTER_STOP = STREAM_CAP / 2;

let server: AssetServer | undefined;
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build -w @jobkit/client\` first`);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-hostile-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The results of job `j` on a fresh server of `assets`. */
async function resultsOf(assets: Record<string, ServedAsset>): Promise<JobResults> {
  server = await assetServer(assets);
  const connection = await connect(server.url, { retry: { minDelayMs: 1, maxDelayMs: 2 } });
  return connection.job("j").getResults();
}

/** Bytes the endless asset handed to its socket before the client hung up (at most STREAM_CAP). */
async function streamed(): Promise<number> {
  await server?.settled();
  expect(server?.streamed).toHaveLength(1);
  return server?.streamed[0] ?? STREAM_CAP;
}

const ENDLESS: ServedAsset = { metadata: { "file:size": DECLARED } };

describe("a body longer than its file:size", () => {
  it("downloadFiles stops at the first bytes past it, fails with SizeMismatch and leaves nothing", async () => {
    const results = await resultsOf({ "result.bin": ENDLESS });
    let received = 0;
    const download = downloadFiles(results, dir, {
      onProgress: (p) => {
        received = Math.max(received, p.receivedBytes);
      },
    });
    await expect(download).rejects.toMatchObject({ code: "SizeMismatch" });
    expect(received).toBeLessThanOrEqual(DECLARED);
    expect(await streamed()).toBeLessThan(STREAMED_AFTER_STOP);
    expect(await readdir(dir)).toEqual([]);
  });

  it("bytes() and loadJson() stop there too", async () => {
    const results = await resultsOf({ "result.json": ENDLESS });
    const asset = await results.getAsset("result.json");
    await expect(asset.loadJson()).rejects.toMatchObject({
      code: "SizeMismatch",
      message: expect.stringContaining(`more than its file:size of ${DECLARED} bytes`),
    });
    expect(await streamed()).toBeLessThan(STREAMED_AFTER_STOP);
  });

  it("the jobkit bin stops there, exits 1 with SizeMismatch and leaves nothing", async () => {
    server = await assetServer({ "result.bin": ENDLESS });
    const out = join(dir, "out");
    const run = await runJobkit(["--url", server.url, "--token", "basic//t", "jobs", "download", "j", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("SizeMismatch");
    expect(await streamed()).toBeLessThan(STREAMED_AFTER_STOP);
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  });
});

describe("bytes() and loadJson() without a file:size", () => {
  it("stop at maxBytes with SizeLimitExceeded", async () => {
    const results = await resultsOf({ "result.json": {} });
    const asset = await results.getAsset("result.json");
    // caught here, not by `rejects`: a client without the cap resolves with 64 MiB, too much to print
    const error = await asset.bytes({ maxBytes: 100_000 }).then(
      () => "resolved",
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "SizeLimitExceeded", message: expect.stringContaining("maxBytes") });
    expect(await streamed()).toBeLessThan(STREAMED_AFTER_STOP);
  });

  it("refuse a declared file:size above the default cap of 256 MiB before fetching it", async () => {
    const results = await resultsOf({ "huge.json": { metadata: { "file:size": 257 * 1024 * 1024 } } });
    const asset = await results.getAsset("huge.json");
    await expect(asset.loadJson()).rejects.toMatchObject({ code: "SizeLimitExceeded" });
    expect(server?.fileRequests()).toBe(0);
  });

  it("refuse a maxBytes that is not a whole number ≥ 0", async () => {
    const asset = await (await resultsOf({ "a.json": { bytes: new Uint8Array(2) } })).getAsset("a.json");
    await expect(asset.bytes({ maxBytes: -1 })).rejects.toMatchObject({ code: "InvalidOption" });
  });
});

describe("asset names at the length limit of a file name", () => {
  const BYTES = new TextEncoder().encode("data");
  const served = (names: string[]) => Object.fromEntries(names.map((name) => [name, { bytes: BYTES }]));

  it("downloads names of 240 and 255 bytes (UTF-8), each through a temporary name that fits", async () => {
    const names = ["a".repeat(240), "b".repeat(255), `${"é".repeat(127)}x`];
    const paths = await downloadFiles(await resultsOf(served(names)), dir);
    expect(paths).toEqual(names.map((name) => join(dir, name)));
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
    expect(await readFile(join(dir, names[1] as string), "utf8")).toBe("data");
  });

  it.each([["c".repeat(256)], ["é".repeat(128)], [`sub/${"d".repeat(300)}/x.bin`]])(
    "refuses %s, longer than 255 bytes, before downloading anything",
    async (name) => {
      const results = await resultsOf(served(["ok.bin", name]));
      await expect(downloadFiles(results, dir)).rejects.toMatchObject({
        code: "UnsafeAssetName",
        message: expect.stringContaining("255 bytes"),
      });
      expect(server?.fileRequests()).toBe(0);
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it("downloadAsset fails with WriteFailed on a path of your choosing that is too long, leaving nothing", async () => {
    const asset = await (await resultsOf(served(["ok.bin"]))).getAsset("ok.bin");
    await expect(downloadAsset(asset, join(dir, "e".repeat(256)))).rejects.toMatchObject({
      code: "WriteFailed",
    });
    expect(server?.fileRequests()).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it("the jobkit bin downloads a 240-character name", async () => {
    server = await assetServer(served(["f".repeat(240)]));
    const run = await runJobkit(["--url", server.url, "--token", "basic//t", "jobs", "download", "j", dir]);
    expect(run.stderr).toContain("downloaded 1 file");
    expect(run.code).toBe(0);
    expect(await readdir(dir)).toEqual(["f".repeat(240)]);
  });
});

describe("one asset's path being the folder of another's", () => {
  it.each([
    ["x", "x/y"],
    ["x/y/z", "x/y"],
    ["X", "x\\y"],
  ])("refuses %j beside %j before downloading anything", async (first, second) => {
    const results = await resultsOf({
      [first]: { bytes: new Uint8Array(1) },
      [second]: { bytes: new Uint8Array(1) },
    });
    await expect(downloadFiles(results, dir)).rejects.toMatchObject({
      code: "UnsafeAssetName",
      message: expect.stringContaining("folder"),
    });
    expect(server?.fileRequests()).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });
});
