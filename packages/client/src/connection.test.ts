import { createSchemaValidator } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { CAPABILITIES, fakeFetch, type Handler, json } from "../test/fake-fetch.js";
import { connect } from "./connect.js";

const API = "https://api.example/openeo";

async function connectTo(handler: Handler) {
  const fetch = fakeFetch((request, index) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/.well-known/openeo") return json({}, 404);
    if (pathname === "/openeo/") return json(CAPABILITIES);
    return handler(request, index);
  });
  return { connection: await connect(API, { fetch }), fetch };
}

const GRAPH = { load: { process_id: "load_collection", arguments: { id: "SENTINEL2_L2A" }, result: true } };

describe("Connection.createJob", () => {
  it("sends process, title, description, plan, budget and log_level and reads OpenEO-Identifier", async () => {
    const { connection, fetch } = await connectTo(
      () =>
        new Response(null, {
          status: 201,
          headers: { "OpenEO-Identifier": "j-1", Location: `${API}/jobs/other` },
        }),
    );
    const job = await connection.createJob(GRAPH, {
      title: "t",
      description: null,
      plan: "free",
      budget: 10,
      logLevel: "info",
    });
    expect(job.id).toBe("j-1");
    expect(await fetch.requests.at(-1)?.json()).toEqual({
      process: { process_graph: GRAPH },
      title: "t",
      description: null,
      plan: "free",
      budget: 10,
      log_level: "info",
    });
  });

  it("accepts a full process object and falls back to the Location header", async () => {
    const { connection, fetch } = await connectTo(
      () => new Response(null, { status: 201, headers: { Location: `${API}/jobs/j%202` } }),
    );
    const job = await connection.createJob({ process_graph: GRAPH, id: "ndvi" });
    expect(job.id).toBe("j 2");
    expect(await fetch.requests.at(-1)?.json()).toEqual({ process: { process_graph: GRAPH, id: "ndvi" } });
  });

  it("fails with InvalidResponse when Location's last segment is not valid %-encoding", async () => {
    const { connection } = await connectTo(
      () => new Response(null, { status: 201, headers: { Location: `${API}/jobs/j%E0%A4%A` } }),
    );
    await expect(connection.createJob(GRAPH)).rejects.toMatchObject({ code: "InvalidResponse" });
  });

  it("fails with InvalidResponse when neither header names the job", async () => {
    const { connection } = await connectTo(() => new Response(null, { status: 201 }));
    await expect(connection.createJob(GRAPH)).rejects.toMatchObject({ code: "InvalidResponse" });
  });
});

describe("request bodies", () => {
  it("validate against the jobkit contract (POST /jobs, PATCH /jobs/{id}, POST /result)", async () => {
    const { connection, fetch } = await connectTo((request) =>
      request.method === "POST" && request.url.endsWith("/jobs")
        ? new Response(null, { status: 201, headers: { "OpenEO-Identifier": "j-1" } })
        : new Response(null, { status: request.method === "PATCH" ? 204 : 200 }),
    );
    const job = await connection.createJob(GRAPH, {
      title: "t",
      description: null,
      plan: null,
      budget: null,
      logLevel: "warning",
    });
    await job.update({ title: null, log_level: "debug" });
    await connection.computeResult({ process_graph: GRAPH }, { budget: 5, logLevel: "error" });
    const validator = createSchemaValidator();
    const sent = fetch.requests.slice(-3);
    expect(sent.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      "POST /openeo/jobs",
      "PATCH /openeo/jobs/j-1",
      "POST /openeo/result",
    ]);
    for (const request of sent) {
      const path = new URL(request.url).pathname.replace("/openeo", "");
      expect(validator.validateRequestBody(request.method, path, await request.json())).toEqual([]);
    }
  });
});

describe("Connection.listJobs", () => {
  it("follows rel=next links, relative or absolute, until there is none", async () => {
    const { connection, fetch } = await connectTo((request) => {
      const page = new URL(request.url).searchParams.get("page") ?? "1";
      if (page === "1")
        return json({ jobs: [{ id: "a" }, { id: "b" }], links: [{ rel: "next", href: "jobs?page=2" }] });
      if (page === "2")
        return json({ jobs: [{ id: "c" }], links: [{ rel: "next", href: `${API}/jobs?page=3` }] });
      return json({ jobs: [], links: [{ rel: "self", href: "x" }] });
    });
    const ids: string[] = [];
    for await (const job of connection.listJobs({ limit: 2 })) ids.push(job.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(fetch.requests.slice(-3).map((r) => r.url)).toEqual([
      `${API}/jobs?limit=2`,
      `${API}/jobs?page=2`,
      `${API}/jobs?page=3`,
    ]);
  });

  it("stops a back-end whose next link points back at a page already read", async () => {
    const { connection } = await connectTo(() =>
      json({ jobs: [{ id: "a" }], links: [{ rel: "next", href: `${API}/jobs` }] }),
    );
    const drain = async () => {
      for await (const _ of connection.listJobs()) {
        // drained
      }
    };
    await expect(drain()).rejects.toMatchObject({ code: "InvalidResponse" });
  });
});

describe("Connection.computeResult", () => {
  it("returns the bytes with their media type, costs and monitor link", async () => {
    const { connection } = await connectTo(
      () =>
        new Response(new Uint8Array([1, 2, 3]), {
          headers: {
            "Content-Type": "image/tiff; application=geotiff",
            "OpenEO-Costs": "1.5",
            Link: `<${API}/logs/r1>; rel="monitor"`,
          },
        }),
    );
    const result = await connection.computeResult(GRAPH);
    expect(result).toMatchObject({
      mediaType: "image/tiff; application=geotiff",
      costs: 1.5,
      monitorUrl: `${API}/logs/r1`,
    });
    expect(await result.bytes()).toEqual(new Uint8Array([1, 2, 3]));
  });
});
