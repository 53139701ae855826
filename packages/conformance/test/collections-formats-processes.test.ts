import { describe, expect, it } from "vitest";
import { corsJson, type FaultyHandler, passThrough, serveEachTest } from "./faulty-server.js";
import { kit } from "./run-cli.js";

/**
 * Collection, output format and process faults (issue #24): each makes its check fail, and the mock as it is
 * passes the same checks.
 */

const { serve } = serveEachTest();

const run = (url: string, only: string, more: string[] = []) =>
  kit([
    ...["--url", url, "--user", "alice", "--password", "alice123", "--poll-interval", "0.01", "--only", only],
    ...more,
  ]);

type Json = Record<string, unknown>;

/** The mock, with the JSON answers of `method path` (a pattern) edited. */
function editJson(method: string, path: RegExp, edit: (body: Json) => Json): FaultyHandler {
  return async (request, mock) => {
    const answer = await mock(request);
    if (request.method !== method || !path.test(new URL(request.url).pathname)) return answer;
    return corsJson(edit((await answer.json()) as Json), answer.status);
  };
}

/** The mock, with the POST /result requests whose body `matches` answered by `answer` instead. */
function resultFault(matches: (body: string) => boolean, answer: () => Response): FaultyHandler {
  return async (request, mock) => {
    if (request.method !== "POST" || new URL(request.url).pathname !== "/result") return mock(request);
    return matches(await request.clone().text()) ? answer() : mock(request);
  };
}

/** Our mock before this change: proprietary collections without a `license` link. */
function unlinked(collection: Json): Json {
  const links = (collection.links as Json[]).filter((link) => link.rel !== "license");
  return { ...collection, license: "proprietary", links };
}

const CORS = { "Access-Control-Allow-Origin": "*" };

describe("collection checks", { timeout: 60_000 }, () => {
  it("proprietary collections without a license link: collections.license-link fails", async () => {
    const url = await serve(async (request, mock) => {
      const path = new URL(request.url).pathname;
      if (path === "/collections")
        return editJson("GET", /./, (list) => ({
          ...list,
          collections: (list.collections as Json[]).map(unlinked),
        }))(request, mock);
      return editJson("GET", /^\/collections\/[^/]+$/, unlinked)(request, mock);
    });
    const result = await run(url, "collections.license-link");
    expect(result.stdout).toMatch(
      /✗ collections\.license-link .*no link with rel license: SENTINEL2_L2A \(license proprietary\)/,
    );
    expect(result.code).toBe(1);
  });

  it("listed collections without a license: collections.list fails", async () => {
    const url = await serve(
      editJson("GET", /^\/collections$/, (list) => ({
        ...list,
        collections: (list.collections as Json[]).map(({ license: _license, ...rest }) => rest),
      })),
    );
    const result = await run(url, "collections.list");
    expect(result.stdout).toMatch(/✗ collections\.list .*SENTINEL2_L2A lacks license/);
    expect(result.code).toBe(1);
  });

  it("a described collection without cube:dimensions: collections.describe fails", async () => {
    const url = await serve(
      editJson("GET", /^\/collections\/[^/]+$/, ({ "cube:dimensions": _dimensions, ...rest }) => rest),
    );
    const result = await run(url, "collections.describe");
    expect(result.stdout).toMatch(/✗ collections\.describe .*SENTINEL2_L2A lacks cube:dimensions/);
    expect(result.code).toBe(1);
  });
});

describe("output format names", { timeout: 60_000 }, () => {
  it("a format name in lower case refused: formats.case-insensitive fails", async () => {
    const url = await serve(
      resultFault(
        (body) => body.includes('"format":"gtiff"'),
        () => corsJson({ code: "FormatUnsupported", message: "Format gtiff is not supported." }, 400),
      ),
    );
    const result = await run(url, "formats.case-insensitive");
    expect(result.stdout).toMatch(
      /✗ formats\.case-insensitive .*the format name gtiff answered 400 FormatUnsupported.*while GTiff answered 200/,
    );
    expect(result.code).toBe(1);
  });

  it("a lower-case name answered with PNG bytes (openeo-test-api): formats.case-insensitive fails", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const url = await serve(
      resultFault(
        (body) => body.includes('"format":"gtiff"'),
        () => new Response(png, { headers: { ...CORS, "Content-Type": "image/png" } }),
      ),
    );
    const result = await run(url, "formats.case-insensitive");
    expect(result.stdout).toMatch(
      /✗ formats\.case-insensitive .*gtiff answered 200; the process asks for GTiff \(image\/tiff\) but the answer is image\/png/,
    );
    expect(result.code).toBe(1);
  });

  it("a lower-case name answered with text labelled image/tiff while GTiff is a TIFF: formats.case-insensitive fails", async () => {
    const url = await serve(
      resultFault(
        (body) => body.includes('"format":"gtiff"'),
        () => new Response("gtiff:placeholder", { headers: { ...CORS, "Content-Type": "image/tiff" } }),
      ),
    );
    const result = await run(url, "formats.case-insensitive");
    expect(result.stdout).toMatch(/✗ formats\.case-insensitive .*gtiff answered 200; the GTiff result is/);
    expect(result.code).toBe(1);
  });

  it("an unknown format answered with 500: formats.unsupported fails", async () => {
    const url = await serve(
      resultFault(
        (body) => body.includes("JOBKIT_CONFORMANCE_NO_SUCH_FORMAT"),
        () => corsJson({ code: "Internal", message: "KeyError: 'JOBKIT_CONFORMANCE_NO_SUCH_FORMAT'" }, 500),
      ),
    );
    const result = await run(url, "formats.unsupported");
    expect(result.stdout).toMatch(/✗ formats\.unsupported .*answered 500 Internal.*expected a 4xx/);
    expect(result.code).toBe(1);
  });
});

/** save_result with its format made optional, and add with another schema for x. */
function alteredProcesses(list: Json): Json {
  const processes = (list.processes as Json[]).map((process) => {
    const parameters = process.parameters as Json[];
    if (process.id === "save_result")
      return {
        ...process,
        parameters: parameters.map((p) => (p.name === "format" ? { ...p, optional: true } : p)),
      };
    if (process.id === "add")
      return {
        ...process,
        parameters: parameters.map((p) => (p.name === "x" ? { ...p, schema: { type: "string" } } : p)),
      };
    return process;
  });
  return { ...list, processes };
}

/** POST /validation answered with these errors, whatever the graph. */
function validationSays(errors: Json[]): FaultyHandler {
  return async (request, mock) =>
    request.method === "POST" && new URL(request.url).pathname === "/validation"
      ? corsJson({ errors })
      : mock(request);
}

/** cos and save_result returning what openeo-processes 2.0.0-rc.1 has them return (the python-driver serves rc.1). */
function asRc1(process: Json): Json {
  if (process.id === "cos")
    return { ...process, returns: { description: "Cosine.", schema: { type: ["number", "null"] } } };
  if (process.id === "save_result")
    return { ...process, returns: { description: "True.", schema: { type: "boolean", const: true } } };
  return process;
}

/** The mock's GET /processes with each listed process changed by `change`. */
const processesEdited = (change: (process: Json) => Json) =>
  editJson("GET", /^\/processes$/, (list) => ({
    ...list,
    processes: (list.processes as Json[]).map(change),
  }));

describe("process checks", { timeout: 60_000 }, () => {
  it("processes as openeo-processes 2.0.0-rc.1 defines them (python-driver dummy): processes.official passes and names rc.1", async () => {
    const url = await serve(processesEdited(asRc1));
    const result = await run(url, "processes.official", ["--reporter", "json"]);
    const report = JSON.parse(result.stdout) as {
      checks: { id: string; status: string; observation: string }[];
    };
    const check = report.checks.find((entry) => entry.id === "processes.official");
    expect(check?.status).toBe("pass");
    expect(check?.observation).toMatch(
      /match openeo-processes 2\.0\.0-rc\.2; 2 match 2\.0\.0-rc\.1 \(cos; save_result\)$/,
    );
    expect(result.code).toBe(0);
  });

  it("a process as rc.1 defines it but with a parameter renamed: processes.official fails against rc.1", async () => {
    const renamed = (process: Json): Json =>
      process.id === "cos"
        ? { ...asRc1(process), parameters: [{ ...(process.parameters as Json[])[0], name: "value" }] }
        : process;
    const url = await serve(processesEdited(renamed));
    const result = await run(url, "processes.official");
    expect(result.stdout).toMatch(
      /✗ processes\.official .*1 differences from openeo-processes 2\.0\.0-rc\.2 and 2\.0\.0-rc\.1/,
    );
    expect(result.stdout).toContain(
      "cos has parameter value where the official one is x (against 2.0.0-rc.1, the closer release)",
    );
    expect(result.code).toBe(1);
  });

  it("listed processes that differ from the official definitions: processes.official fails", async () => {
    const url = await serve(editJson("GET", /^\/processes$/, alteredProcesses));
    const result = await run(url, "processes.official");
    expect(result.stdout).toMatch(
      /✗ processes\.official .*2 differences from openeo-processes 2\.0\.0-rc\.2/,
    );
    expect(result.stdout).toContain("add: the schema of parameter x differs from the official one");
    expect(result.stdout).toContain("save_result: parameter format is optional, officially required");
    expect(result.code).toBe(1);
  });

  it("a validation that finds nothing wrong: the three refusal checks fail", async () => {
    const url = await serve(validationSays([]));
    const result = await run(url, "processes.unknown,processes.missing-argument,processes.wrong-type");
    expect(result.stdout).toMatch(
      /✗ processes\.unknown .*naming an unknown process answered 200 with no error/,
    );
    expect(result.stdout).toMatch(/✗ processes\.missing-argument .*answered 200 with no error/);
    expect(result.stdout).toMatch(/✗ processes\.wrong-type .*answered 200 with no error/);
    expect(result.code).toBe(1);
  });

  it("ProcessUnsupported for every fault: the missing and wrong-typed argument checks fail", async () => {
    const url = await serve(validationSays([{ code: "ProcessUnsupported", message: "No." }]));
    const result = await run(url, "processes.unknown,processes.missing-argument,processes.wrong-type");
    expect(result.stdout).toMatch(/✓ processes\.unknown\b/);
    expect(result.stdout).toMatch(
      /✗ processes\.missing-argument .*ProcessUnsupported is openEO's code for another fault, ProcessParameterRequired for this one/,
    );
    expect(result.stdout).toMatch(/✗ processes\.wrong-type .*ProcessParameterInvalid for this one/);
    expect(result.code).toBe(1);
  });

  it("a validation that answers 400 to a faulty graph: the refusal checks fail", async () => {
    const url = await serve(async (request, mock) =>
      request.method === "POST" &&
      new URL(request.url).pathname === "/validation" &&
      (await request.clone().text()).includes("jobkit_conformance_no_such_process")
        ? corsJson({ code: "ProcessUnsupported", message: "No." }, 400)
        : mock(request),
    );
    const result = await run(url, "processes.unknown");
    expect(result.stdout).toMatch(
      /✗ processes\.unknown .*answered 400 ProcessUnsupported.*expected 200 with the error in errors/,
    );
    expect(result.code).toBe(1);
  });
});

describe("checks whose valid request fails too", { timeout: 60_000 }, () => {
  it("every POST /result and POST /validation answered 500: the refusal checks are not evaluated", async () => {
    const url = await serve(async (request, mock) =>
      request.method === "POST" && ["/result", "/validation"].includes(new URL(request.url).pathname)
        ? corsJson({ code: "Internal", message: "Server error: Unauthorized" }, 500)
        : mock(request),
    );
    const result = await run(url, "formats.unsupported,processes.unknown");
    expect(result.stdout).toMatch(
      /- formats\.unsupported .*not evaluated: the process with its own format answered 500 Internal/,
    );
    expect(result.stdout).toMatch(
      /- processes\.unknown .*not evaluated: POST \/validation of the run's valid process/,
    );
    expect(result.stdout).not.toMatch(/✗ (formats|processes)\./);
  });
});

describe("the mock", { timeout: 60_000 }, () => {
  it("passes every collection, format name and process check", async () => {
    const url = await serve(passThrough);
    const result = await run(url, "collections,formats,processes");
    for (const id of [
      "collections.list",
      "collections.describe",
      "collections.license-link",
      "formats.case-insensitive",
      "formats.unsupported",
      "processes.official",
      "processes.unknown",
      "processes.missing-argument",
      "processes.wrong-type",
    ])
      expect(result.stdout).toMatch(new RegExp(`✓ ${id.replace(".", "\\.")}\\b`));
    expect(result.stdout).toMatch(/^PASS: every required check passed/m);
    expect(result.code).toBe(0);
  });
});
