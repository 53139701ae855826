import { createMockServer } from "@jobkit/mock-server";
import { describe, expect, it } from "vitest";
import { graphOf } from "../../test/process-graphs.js";
import { connect } from "../connect.js";
import { EXIT, runCli } from "./run-cli.js";

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const mock = createMockServer({ timing: { mode: "poll" } });
  return {
    mock,
    out,
    err,
    io: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text), isTTY: false },
      env,
      fetch: (request: Request) => mock.app.fetch(request),
    },
  };
}

const AUTH = ["--url", "http://mock.test", "--user", "alice", "--password", "alice123"];
const GRAPH = graphOf("DEMO_DEM", ["GTiff"]);

describe("runCli", () => {
  it.each([
    [["jobs", "list"], "--url (or JOBKIT_URL) is required"],
    [[...AUTH, "--token", "t", "jobs", "list"], "pass one of --token, --user/--password or --oidc-client-id"],
    [["--url", "http://mock.test", "--user", "alice", "jobs", "list"], "--user and --password go together"],
    [[...AUTH, "jobs", "list", "--limit", "0"], "--limit must be an integer ≥ 1"],
    [[...AUTH, "--bogus"], "Unknown option '--bogus'"],
    [[...AUTH, "jobs", "logs"], "expected exactly one job id"],
    [["--url", "mock.test", "jobs", "list"], "--url must be an absolute URL"],
    [["jobs", "frobnicate"], 'unknown command "jobs frobnicate"'],
  ])("exits 2 with a usage error for %j", async (argv, message) => {
    const run = io();
    expect(await runCli(argv, run.io)).toBe(EXIT.usage);
    expect(run.err.join("")).toContain(message);
  });

  it("takes the URL and credentials from the environment", async () => {
    const run = io({ JOBKIT_URL: "http://mock.test", JOBKIT_USER: "bob", JOBKIT_PASSWORD: "bob123" });
    expect(await runCli(["jobs", "list"], run.io)).toBe(EXIT.ok);
    expect(run.out.join("")).toBe("ID  STATUS  PROGRESS  CREATED  TITLE\n");
  });

  it("describes results as a table and exits 1 with the back-end's error for an unknown job", async () => {
    const run = io();
    const connection = await connect("http://mock.test", {
      fetch: run.io.fetch,
      auth: { user: "alice", password: "alice123" },
    });
    const { id } = await (await connection.createJob(GRAPH)).start();
    expect(await runCli([...AUTH, "jobs", "wait", id, "--poll-interval", "1"], run.io)).toBe(EXIT.ok);
    expect(await runCli([...AUTH, "jobs", "results", id], run.io)).toBe(EXIT.ok);
    expect(run.out.join("")).toMatchInlineSnapshot(`
      "NAME        TYPE                             SIZE     ROLES
      result.tif  image/tiff; application=geotiff  9.0 KiB  data
      "
    `);
    expect(await runCli([...AUTH, "jobs", "results", "nope"], run.io)).toBe(EXIT.failure);
    expect(run.err.at(-1)).toMatch(/^jobkit: 404 JobNotFound: /);
  });

  it("says that a job waited for has not been started, and exits 1 when the wait times out", async () => {
    const run = io();
    const connection = await connect("http://mock.test", {
      fetch: run.io.fetch,
      auth: { user: "alice", password: "alice123" },
    });
    const { id } = await connection.createJob(GRAPH);
    const argv = [...AUTH, "jobs", "wait", id, "--poll-interval", "1", "--timeout", "1"];
    expect(await runCli(argv, run.io)).toBe(EXIT.failure);
    expect(run.err[0]).toBe(
      `job ${id} has not been started; waiting until it is (jobkit jobs start ${id})\n`,
    );
    expect(run.err.at(-1)).toMatch(/still created .*; it was never started: start it, then wait\n$/);
  });
});
