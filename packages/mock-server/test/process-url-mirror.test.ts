import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServerOptions } from "../src/index.js";
import { buildIfStale, cliFailure } from "./start-cli.js";
import { type Harness, harness } from "./support.js";

// --mirror-process-url PREFIX=DIR: allowed namespace URLs answered from local files, never from the network.

const HOST = "https://raw.githubusercontent.com/";
const ALLOWED = `${HOST}org/repo/`;
const URL_OF = (path: string) => `${ALLOWED}main/${path}`;

/** `plus_ten(x)`: x + 10. */
const PLUS_TEN = {
  id: "plus_ten",
  parameters: [{ name: "x", description: "A number.", schema: { type: "number" } }],
  returns: { description: "x + 10", schema: { type: "number" } },
  process_graph: {
    add1: { process_id: "add", arguments: { x: { from_parameter: "x" }, y: 10 }, result: true },
  },
};

/** A directory laid out as the URLs under HOST: org/repo/main/<name> holds each given file. */
function mirrorDirectory(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "jobkit-mirror-"));
  mkdirSync(join(directory, "org", "repo", "main"), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(directory, "org/repo/main", name), text);
  return directory;
}

/** A mock allowing ALLOWED, HOST mirrored on `directory`, whose fetch records every URL asked for. */
function mirrored(directory: string, extra: Partial<MockServerOptions> = {}) {
  const fetched: string[] = [];
  const h = harness({
    timing: { mode: "virtual" },
    allowProcessUrls: [ALLOWED],
    processUrlMirrors: { [HOST]: directory },
    processFetch: async (request) => {
      fetched.push(request.url);
      return new Response(JSON.stringify(PLUS_TEN));
    },
    ...extra,
  });
  return { h, fetched };
}

const call = (namespace: string) => ({
  process_graph: { n: { process_id: "plus_ten", arguments: { x: 32 }, namespace, result: true } },
});

async function runSync(h: Harness, namespace: string) {
  return h.json("/result", {
    method: "POST",
    headers: { ...(await h.auth()), "Content-Type": "application/json" },
    body: JSON.stringify({ process: call(namespace) }),
  });
}

/** POST /jobs calling plus_ten from `namespace`: refused with `ProcessUnsupported`, no job stored. */
async function expectJobRefused(h: Harness, namespace: string): Promise<string> {
  const headers = { ...(await h.auth()), "Content-Type": "application/json" };
  const job = await h.json("/jobs", {
    method: "POST",
    headers,
    body: JSON.stringify({ process: call(namespace) }),
  });
  expect([job.status, job.body.code]).toEqual([400, "ProcessUnsupported"]);
  expect(job.body.message).toContain(namespace);
  expect((await h.json("/jobs", { headers: await h.auth() })).body.jobs).toEqual([]);
  return job.body.message;
}

describe("namespace URLs answered from a local mirror", () => {
  it("runs a definition read from the mirror's file, fetching nothing", async () => {
    const { h, fetched } = mirrored(mirrorDirectory({ "plus_ten.json": JSON.stringify(PLUS_TEN) }));
    expect((await runSync(h, URL_OF("plus_ten.json"))).body).toBe(42);
    const id = await h.createJob({ process: call(URL_OF("plus_ten.json")) });
    expect(id).toMatch(/\w/);
    expect(fetched).toEqual([]);
  });

  it("refuses a URL the mirror has no file for, naming the file, storing nothing and fetching nothing", async () => {
    const directory = mirrorDirectory({});
    const { h, fetched } = mirrored(directory);
    const message = await expectJobRefused(h, URL_OF("missing.json"));
    expect(message).toContain(join(directory, "org/repo/main/missing.json"));
    expect(message).toContain("--mirror-process-url");
    expect(fetched).toEqual([]);
  });

  it("refuses a malformed definition in the mirror as it would a fetched one", async () => {
    const { h } = mirrored(
      mirrorDirectory({ "html.json": "<html>", "shapeless.json": JSON.stringify({ id: "plus_ten" }) }),
    );
    expect(await expectJobRefused(h, URL_OF("html.json"))).toContain("not JSON");
    expect(await expectJobRefused(h, URL_OF("shapeless.json"))).toContain("process_graph");
    const large = JSON.stringify({ ...PLUS_TEN, padding: "x".repeat(1024 * 1024) });
    const { h: big } = mirrored(mirrorDirectory({ "large.json": large }));
    expect(await expectJobRefused(big, URL_OF("large.json"))).toContain("larger than 1048576 bytes");
  });

  it("keeps the allow-list: a URL under the mirror but outside every allowed prefix is refused", async () => {
    const directory = mirrorDirectory({ "plus_ten.json": JSON.stringify(PLUS_TEN) });
    mkdirSync(join(directory, "other"));
    writeFileSync(join(directory, "other", "plus_ten.json"), JSON.stringify(PLUS_TEN));
    const { h, fetched } = mirrored(directory);
    expect((await runSync(h, URL_OF("plus_ten.json"))).body).toBe(42);
    expect(await expectJobRefused(h, `${HOST}other/plus_ten.json`)).toContain(`only from ${ALLOWED}`);
    expect(fetched).toEqual([]);
  });

  it("never reads outside the mirror's directory", async () => {
    const directory = mirrorDirectory({});
    writeFileSync(join(directory, "org", "secret.json"), JSON.stringify(PLUS_TEN));
    const { h } = mirrored(directory);
    for (const path of ["..%2Fsecret.json", "%2E%2E/secret.json", "x//plus_ten.json"])
      expect(await expectJobRefused(h, URL_OF(path))).toContain("names no file");
  });
});

describe("processUrlMirrors checked at creation", () => {
  beforeAll(() => buildIfStale(), 60_000);

  it("refuses a mirror prefix that overlaps no allowed prefix, and a directory that does not exist", () => {
    const directory = mirrorDirectory({});
    expect(() =>
      createMockServer({
        allowProcessUrls: [ALLOWED],
        processUrlMirrors: { "https://example.org/": directory },
      }),
    ).toThrow(/processUrlMirrors: https:\/\/example\.org\/ is under no allowProcessUrls prefix/);
    expect(() => createMockServer({ processUrlMirrors: { [HOST]: directory } })).toThrow(/\(none\)/);
    expect(() =>
      createMockServer({
        allowProcessUrls: [ALLOWED],
        processUrlMirrors: { [HOST]: join(directory, "nope") },
      }),
    ).toThrow(/which is no directory/);
  });

  it("the CLI exits 2 naming --mirror-process-url on a bad spec or a prefix no --allow-process-url covers", () => {
    const bad = cliFailure(["--mirror-process-url", "https://example.org/"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--mirror-process-url needs PREFIX=DIR");
    const uncovered = cliFailure([
      "--allow-process-url",
      ALLOWED,
      "--mirror-process-url",
      `https://example.org/=${mirrorDirectory({})}`,
    ]);
    expect(uncovered.status).toBe(2);
    expect(uncovered.stderr).toContain(
      "--mirror-process-url: https://example.org/ is under no --allow-process-url",
    );
  });
});
