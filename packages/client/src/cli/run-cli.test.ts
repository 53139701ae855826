import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AUTH, cliIo as io } from "../../test/cli-io.js";
import { graphOf } from "../../test/process-graphs.js";
import { connect } from "../connect.js";
import { EXIT, runCli } from "./run-cli.js";

const GRAPH = graphOf("DEMO_DEM", ["GTiff"]);

describe("runCli", () => {
  it.each([
    [["jobs", "list"], "--url (or JOBKIT_URL) is required"],
    [[...AUTH, "--token", "t", "jobs", "list"], "pass one of --token, --user/--password or --oidc-client-id"],
    [["--url", "http://mock.test", "--user", "alice", "jobs", "list"], "--user and --password go together"],
    [[...AUTH, "jobs", "list", "--limit", "0"], "--limit must be an integer ≥ 1"],
    [[...AUTH, "--bogus"], "unknown option --bogus\n"],
    [[...AUTH, "--verison"], "unknown option --verison; did you mean --version?"],
    [[...AUTH, "jobs", "lsit"], 'unknown command "jobs lsit"; did you mean "jobs list"?'],
    [[...AUTH, "colections"], 'unknown command "colections"; did you mean "collections"?'],
    [
      [...AUTH, "jobs", "create", "/nonexistent/process.json"],
      "cannot read the process file /nonexistent/process.json: no such file",
    ],
    [[...AUTH, "jobs", "create", fileURLToPath(import.meta.url)], "run-cli.test.ts is not JSON: "],
    [[...AUTH, "jobs", "logs"], "expected exactly one job id"],
    [["--url", "mock.test", "jobs", "list"], "--url needs an http:// or https:// URL"],
    [["jobs", "frobnicate"], 'unknown command "jobs frobnicate"'],
  ])("exits 2 with a usage error for %j", async (argv, message) => {
    const run = io();
    expect(await runCli(argv, run.io)).toBe(EXIT.usage);
    expect(run.err.join("")).toContain(message);
    // one line pointing to --help, not the whole usage
    expect(run.err.join("")).toMatch(/\nRun `jobkit --help` for the commands and options\.\n$/);
    expect(run.err.join("").split("\n")).toHaveLength(3);
  });

  it("prints its version", async () => {
    const run = io();
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(await runCli(["--version"], run.io)).toBe(EXIT.ok);
    expect(run.out).toEqual([`jobkit ${version}\n`]);
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
      "NAME        TYPE                             SIZE       ROLES
      result.tif  image/tiff; application=geotiff  245.1 KiB  data
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
