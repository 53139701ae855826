import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTH, cliIo } from "../../../test/cli-io.js";
import { graphOf } from "../../../test/process-graphs.js";
import { connect } from "../../connect.js";
import { EXIT, runCli } from "../run-cli.js";

const GRAPH = graphOf("DEMO_DEM", ["GTiff"]);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-commands-"));
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

async function withJob(run: ReturnType<typeof cliIo>) {
  const connection = await connect("http://mock.test", {
    fetch: run.io.fetch,
    auth: { user: "alice", password: "alice123" },
  });
  return connection.createJob(GRAPH, { title: "demo" });
}

describe("jobs commands", () => {
  it("jobs describe prints status, progress, timestamps and budget", async () => {
    const run = cliIo();
    const job = await withJob(run);
    expect(await runCli([...AUTH, "jobs", "describe", job.id], run.io)).toBe(EXIT.ok);
    const lines = run.out.join("").trimEnd().split("\n");
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual([
      "id",
      "title",
      "status",
      "progress",
      "created",
      "updated",
      "plan",
    ]);
    expect(lines.slice(0, 4)).toEqual([
      `id        ${job.id}`,
      "title     demo",
      "status    created",
      "progress  0%",
    ]);
    expect(lines[4]).toMatch(/^created {3}\d{4}-\d\d-\d\dT/);
  });

  it("jobs estimate prints the back-end's estimate", async () => {
    const run = cliIo();
    const job = await withJob(run);
    expect(await runCli([...AUTH, "jobs", "estimate", job.id, "--json"], run.io)).toBe(EXIT.ok);
    const estimate = JSON.parse(run.out.join(""));
    expect(estimate).toMatchObject({ duration: "PT4S", costs: expect.any(Number), size: expect.any(Number) });
    expect(await runCli([...AUTH, "jobs", "estimate", job.id], run.io)).toBe(EXIT.ok);
    // downloads_included is null on the mock: not printed
    expect(run.out.slice(1).join("").trimEnd().split("\n")).toEqual([
      `costs     ${estimate.costs}`,
      "duration  PT4S",
      expect.stringMatching(/^size {6}[\d.]+ (B|KiB|MiB)$/),
      expect.stringMatching(/^expires {3}\d{4}-\d\d-\d\dT[\d:.]+Z$/),
    ]);
  });

  it("jobs cancel stops a running job", async () => {
    const run = cliIo();
    const job = await withJob(run);
    await job.start();
    expect((await job.describe()).status).toBe("running"); // poll timing: one step per status request
    expect(await runCli([...AUTH, "jobs", "cancel", job.id], run.io)).toBe(EXIT.ok);
    expect(run.err).toEqual([`canceled job ${job.id}\n`]);
    expect((await job.describe()).status).toBe("canceled");
  });

  it("jobs run creates, starts, waits for and downloads a job", async () => {
    const run = cliIo();
    const file = join(dir, "process.json");
    await writeFile(file, JSON.stringify(GRAPH));
    const out = join(dir, "out");
    const argv = [...AUTH, "jobs", "run", file, out, "--title", "run", "--poll-interval", "1"];
    expect(await runCli(argv, run.io)).toBe(EXIT.ok);
    expect(await readdir(out)).toEqual(["result.tif"]);
    expect(run.out).toEqual([`${join(out, "result.tif")}\n`]);
    const stderr = run.err.join("");
    expect(stderr).toMatch(/^created and started job j-\w+\n/);
    expect(stderr).toMatch(/job j-\w+ finished after/);
    expect(stderr).toMatch(/downloaded 1 file \([\d.]+ KiB\) to /);
  });

  it("names the error code when a download is refused", async () => {
    const run = cliIo();
    const job = await withJob(run);
    await job.startAndWait({ pollInterval: 1 });
    run.mock.faults.add({ match: { path: "/download/**" }, action: { type: "asset", mode: "corrupt" } });
    expect(await runCli([...AUTH, "jobs", "download", job.id, dir], run.io)).toBe(EXIT.failure);
    expect(run.err.at(-1)).toMatch(/^jobkit: ChecksumMismatch: asset "result.tif"/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("back-end listings", () => {
  it.each([
    ["collections", /^ID\s+TITLE\n(.*\n)*DEMO_DEM\s+\S/],
    ["processes", /^ID\s+SUMMARY\n(.*\n)*load_collection\s+\S/],
    ["formats", /^KIND\s+NAME\s+DATA TYPES\s+TITLE\n(.*\n)*output\s+GTiff\s+raster/],
  ])("%s prints a table", async (command, table) => {
    const run = cliIo();
    expect(await runCli([...AUTH, command], run.io)).toBe(EXIT.ok);
    expect(run.out.join("")).toMatch(table);
  });
});

describe("jobs wait on a terminal", () => {
  it("redraws the bar every second while polls are far apart", async () => {
    vi.useFakeTimers();
    const run = cliIo({}, { timing: { mode: "virtual" } });
    const job = await withJob(run);
    await job.start();
    const controller = new AbortController();
    const io = { ...run.io, stderr: { ...run.io.stderr, isTTY: true }, signal: controller.signal };
    const waiting = runCli([...AUTH, "jobs", "wait", job.id, "--poll-interval", "30000"], io);
    await vi.advanceTimersByTimeAsync(3500);
    controller.abort(new Error("test over"));
    expect(await waiting).toBe(EXIT.interrupted);
    const frames = run.err.filter((text) => text.startsWith("\r")).map((text) => text.trim());
    expect(frames.map((frame) => frame.replace(/^.*queued {2}/, "").replace("\x1b[K", ""))).toEqual([
      "0.0s",
      "1.0s",
      "2.0s",
      "3.0s",
    ]);
    expect(run.err.join("")).toContain(`job ${job.id} keeps running on the back-end`);
  });
});
