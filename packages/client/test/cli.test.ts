/**
 * The `jobkit` CLI as a user runs it: the `jobkit` bin against the mock started by its own CLI
 * (`jobkit-mock --port 0`) over real HTTP on 127.0.0.1.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILING_GRAPH, graphOf, TIFF_NAME } from "./process-graphs.js";
import { CLI, type Run, runJobkit } from "./run-jobkit.js";
import { startMock } from "./start-mock.js";

const GRAPH = graphOf("SENTINEL2_L2A", ["GTiff", "PNG"]);

let mock: ChildProcess;
let url: string;
let dir: string;

/** Runs `jobkit --url … --user alice --password alice123 ...args`. */
function jobkit(args: string[], onStderr?: (stderr: string, child: ChildProcess) => void): Promise<Run> {
  return runJobkit(["--url", url, "--user", "alice", "--password", "alice123", ...args], {}, onStderr);
}

/** `POST /jobs/{id}/results` as alice, over HTTP. */
async function startJob(id: string): Promise<Response> {
  const login = await fetch(`${url}/credentials/basic`, {
    headers: { authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  return fetch(`${url}/jobs/${id}/results`, {
    method: "POST",
    headers: { authorization: `Bearer basic//${token}` },
  });
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build -w @jobkit/client\` first`);
  dir = await mkdtemp(join(tmpdir(), "jobkit-cli-"));
  ({ mock, url } = await startMock(["--timing", "wall", "--queued-ms", "100", "--running-ms", "600"]));
}, 15_000);

afterAll(async () => {
  mock?.kill("SIGTERM");
  await rm(dir, { recursive: true, force: true });
});

describe("jobkit CLI over real HTTP", () => {
  it("creates, starts, waits with a progress bar and downloads with a byte bar", async () => {
    const processFile = join(dir, "process.json");
    await writeFile(processFile, JSON.stringify({ process: { process_graph: GRAPH } }));

    const created = await jobkit(["jobs", "create", processFile, "--title", "cli test"]);
    expect(created).toMatchObject({ code: 0, stderr: "" });
    const id = created.stdout.trim();
    expect(id).toMatch(/^[\w\-.~]+$/);

    // wait first, start once the wait has seen the job: the bar then shows the whole run. The start is one
    // request, not a second CLI process, whose start-up on a loaded machine would let the wait's backoff grow
    // past the whole run.
    let started: Promise<Response> | undefined;
    const waited = await jobkit(["jobs", "wait", id, "--poll-interval", "50"], (stderr) => {
      if (!started && stderr.includes("created")) started = startJob(id);
    });
    expect((await started)?.status).toBe(202);
    expect(waited.code).toBe(0);
    expect(waited.stderr).toMatch(/\[#*-*\]\s+\d+% (queued|running)/);
    expect(waited.stderr).toMatch(/\[#{24}\] 100% finished/);
    expect(waited.stderr).toContain(`job ${id} finished`);

    const out = join(dir, "out");
    const downloaded = await jobkit(["jobs", "download", id, out]);
    expect(downloaded.code).toBe(0);
    expect(downloaded.stderr).toMatch(/\[#{24}\] 100% [\d.]+ KiB\/[\d.]+ KiB {2}2\/2 files/);
    expect(downloaded.stderr).toMatch(/downloaded 2 files \([\d.]+ KiB\) to .* in [\d.]+s/);
    expect((await readdir(out)).sort()).toEqual([TIFF_NAME, "result.png"]);
    expect(downloaded.stdout.trim().split("\n").sort()).toEqual([
      join(out, TIFF_NAME),
      join(out, "result.png"),
    ]);
    expect((await readFile(join(out, "result.png"))).subarray(1, 4).toString()).toBe("PNG");

    const listed = await jobkit(["jobs", "list"]);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+finished\\s+100%`));

    expect((await jobkit(["jobs", "delete", id])).code).toBe(0);
    const gone = await jobkit(["jobs", "wait", id]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("JobNotFound");
  }, 30_000);

  it("exits 2 on a usage error and 3 when the job fails", async () => {
    expect((await jobkit(["jobs", "frobnicate"])).code).toBe(2);
    const failing = join(dir, "failing.json");
    await writeFile(failing, JSON.stringify(FAILING_GRAPH));
    const id = (await jobkit(["jobs", "create", failing])).stdout.trim();
    const result = await jobkit(["jobs", "start", id, "--wait", "--poll-interval", "50"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`job ${id} failed`);
    expect(result.stderr).toContain("NOT_A_COLLECTION");
  }, 30_000);

  it("exits 130 on SIGINT while waiting", async () => {
    const processFile = join(dir, "never-started.json");
    await writeFile(processFile, JSON.stringify(GRAPH));
    const id = (await jobkit(["jobs", "create", processFile])).stdout.trim();
    const result = await jobkit(["jobs", "wait", id, "--poll-interval", "50"], (stderr, child) => {
      if (stderr.includes("created") && !child.killed) child.kill("SIGINT");
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(
      `jobkit: stopped waiting; job ${id} keeps running on the back-end (cancel it: jobkit jobs cancel ${id})`,
    );
    expect(result.stderr).toContain("jobkit: interrupted");
  }, 30_000);

  it("cancels the job on SIGINT with --cancel-on-interrupt", async () => {
    const processFile = join(dir, "interrupted.json");
    await writeFile(processFile, JSON.stringify(GRAPH));
    const id = (await jobkit(["jobs", "create", processFile])).stdout.trim();
    const argv = ["jobs", "start", id, "--wait", "--cancel-on-interrupt", "--poll-interval", "50"];
    const result = await jobkit(argv, (stderr, child) => {
      if (/% running/.test(stderr) && !child.killed) child.kill("SIGINT");
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(`jobkit: canceled job ${id}`);
    const described = await jobkit(["jobs", "describe", id]);
    expect(described.stdout).toMatch(/^status\s+canceled$/m);
  }, 30_000);
});
