import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "../../test/support.js";

describe("batch job CRUD", () => {
  it("creates a job with 201, Location and OpenEO-Identifier and no body", async () => {
    const h = harness();
    const response = await h.request("/jobs", {
      method: "POST",
      headers: { ...(await h.auth()), "Content-Type": "application/json" },
      body: JSON.stringify({
        title: "t",
        description: "d",
        process: saveResultGraph(),
        plan: null,
        budget: null,
        extra_prop: 7,
      }),
    });
    expect(response.status).toBe(201);
    const id = response.headers.get("OpenEO-Identifier");
    expect(id).toMatch(/^j-[0-9a-f]{16}$/);
    expect(response.headers.get("Location")).toBe(`http://localhost/jobs/${id}`);
    expect(await response.text()).toBe("");
    const job = await h.json(`/jobs/${id}`, { headers: await h.auth() });
    expect(job.body).toMatchObject({
      id,
      title: "t",
      description: "d",
      status: "created",
      progress: 0,
      plan: "free",
      extra_prop: 7,
    });
    expect(job.body.process).toEqual(saveResultGraph());
  });

  it("answers 400 StorageQuotaExceeded when maxJobs jobs are stored, changes nothing, and has room after a delete", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxJobs: 2 });
    const first = await h.createJob();
    await h.createJob({ process: saveResultGraph() }, "bob"); // the limit counts every user's jobs
    const before = JSON.stringify(h.mock.store.list());
    const post = () =>
      h.json("/jobs", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ process: saveResultGraph() }),
      });
    const full = await h.json("/jobs", {
      method: "POST",
      headers: { ...(await h.auth()), "Content-Type": "application/json" },
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    expect(full.status).toBe(400);
    expect(full.body).toMatchObject({ code: "StorageQuotaExceeded" });
    expect(full.body.message).toContain("at most 2 jobs");
    expect(JSON.stringify(h.mock.store.list())).toBe(before);
    expect((await post()).status).toBe(401); // authentication is still asked for first
    await h.request(`/jobs/${first}`, { method: "DELETE", headers: await h.auth() });
    expect(await h.createJob()).toMatch(/^j-/);
  });

  it("refuses a maxJobs that is not a whole number ≥ 1", () => {
    for (const maxJobs of [0, 1.5, -1, Number.NaN]) {
      expect(() => harness({ maxJobs })).toThrow(/maxJobs must be a whole number ≥ 1/);
    }
  });

  it("accepts bodies up to 16 MiB by default, and answers 413 above without storing anything", async () => {
    const h = harness({ timing: { mode: "virtual" } });
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = (size: number) => {
      const json = JSON.stringify({ process: saveResultGraph(), description: "" });
      return json.replace('"description":""', `"description":"${"x".repeat(size - json.length)}"`);
    };
    const big = await h.request("/jobs", { method: "POST", headers, body: body(16 * 1024 * 1024) });
    expect(big.status).toBe(201);
    const stored = JSON.stringify(h.mock.store.list());
    const over = await h.json("/jobs", { method: "POST", headers, body: body(16 * 1024 * 1024 + 1) });
    expect([over.status, over.body.code]).toEqual([413, "PayloadTooLarge"]);
    expect(JSON.stringify(h.mock.store.list())).toBe(stored);
  });

  it("rejects bad bodies with a clear openEO error and leaves the store unchanged", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxBodyBytes: 4096 });
    await h.createJob();
    const before = JSON.stringify(h.mock.store.list());
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const post = (body: string) => h.json("/jobs", { method: "POST", headers, body });
    const graph = saveResultGraph();
    const cases: [string, number, string][] = [
      ["{not json", 400, "JsonInvalid"],
      ["", 400, "RequestInvalid"],
      ["[1,2]", 400, "RequestInvalid"],
      ['"text"', 400, "RequestInvalid"],
      ["{}", 400, "ProcessGraphMissing"],
      [JSON.stringify({ process: {} }), 400, "ProcessGraphMissing"],
      [JSON.stringify({ process: { process_graph: {} } }), 400, "ProcessGraphInvalid"],
      [
        JSON.stringify({ process: { process_graph: { a: { process_id: "load_collection" } } } }),
        400,
        "ProcessGraphInvalid",
      ],
      [
        JSON.stringify({
          process: { process_graph: { a: { process_id: "nope_process", arguments: {}, result: true } } },
        }),
        400,
        "ProcessUnsupported",
      ],
      [JSON.stringify({ process: graph, title: 42 }), 400, "RequestInvalid"],
      [JSON.stringify({ process: graph, budget: "lots" }), 400, "RequestInvalid"],
      [JSON.stringify({ process: graph, budget: -1 }), 400, "BudgetInvalid"],
      [JSON.stringify({ process: graph, plan: "gold" }), 400, "BillingPlanInvalid"],
      [JSON.stringify({ process: graph, log_level: "loud" }), 400, "RequestInvalid"],
      [JSON.stringify({ process: saveResultGraph("GRIB") }), 400, "FormatUnsupported"],
      [
        JSON.stringify({
          process: saveResultGraph("GTiff", "SENTINEL2_L2A", { west: 5, south: 50, east: 4, north: 51 }),
        }),
        400,
        "ProcessParameterInvalid",
      ],
      [
        JSON.stringify({
          process: saveResultGraph("GTiff", "SENTINEL2_L2A", {
            west: 5,
            south: 50,
            east: 6,
            north: 51,
            crs: 99999,
          }),
        }),
        400,
        "ProcessParameterInvalid",
      ],
      ['{"__proto__": {"polluted": true}, "process": {"process_graph": {}}}', 400, "RequestInvalid"],
      [JSON.stringify({ process: graph, constructor: { prototype: { x: 1 } } }), 400, "RequestInvalid"],
      [JSON.stringify({ process: graph, title: "x".repeat(5000) }), 413, "PayloadTooLarge"],
    ];
    for (const [body, status, code] of cases) {
      const response = await post(body);
      expect([response.status, response.body.code], body.slice(0, 80)).toEqual([status, code]);
      expect(response.body.message.length).toBeGreaterThan(10);
    }
    const cyclic = {
      process: {
        process_graph: {
          a: { process_id: "filter_bands", arguments: { data: { from_node: "b" } } },
          b: { process_id: "filter_bands", arguments: { data: { from_node: "a" } }, result: true },
        },
      },
    };
    expect((await post(JSON.stringify(cyclic))).body.code).toBe("ProcessGraphInvalid");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(h.mock.store.list())).toBe(before);
  });

  it("accepts format names case-insensitively and callbacks with nested graphs", async () => {
    const h = harness();
    for (const format of ["gtiff", "GTIFF", "GeoTiff", "json", "geojson", "csv", "png"]) {
      await h.createJob({ process: saveResultGraph(format) });
    }
    const nested = {
      process_graph: {
        lc: {
          process_id: "load_collection",
          arguments: { id: "SENTINEL2_L2A", spatial_extent: null, temporal_extent: null },
        },
        reduce: {
          process_id: "reduce_dimension",
          arguments: {
            data: { from_node: "lc" },
            dimension: "t",
            reducer: {
              process_graph: {
                mean: { process_id: "mean", arguments: { data: { from_parameter: "data" } }, result: true },
              },
            },
          },
        },
        save: {
          process_id: "save_result",
          arguments: { data: { from_node: "reduce" }, format: "GTiff" },
          result: true,
        },
      },
    };
    await h.createJob({ process: nested });
    expect(h.mock.store.size).toBe(8);
    const badCallback = structuredClone(nested);
    (
      badCallback.process_graph.reduce.arguments.reducer.process_graph.mean as { process_id: string }
    ).process_id = "mystery";
    const response = await h.json("/jobs", {
      method: "POST",
      headers: { ...(await h.auth()), "Content-Type": "application/json" },
      body: JSON.stringify({ process: badCallback }),
    });
    expect(response.body.code).toBe("ProcessUnsupported");
  });

  it("lists jobs newest first with rel=next pages and without process", async () => {
    const h = harness();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await h.createJob({ title: `job ${i}`, process: saveResultGraph() }));
    await h.createJob({ process: saveResultGraph() }, "bob");
    const headers = await h.auth();
    const all = await h.json("/jobs", { headers });
    expect(all.body.jobs.map((j: { id: string }) => j.id)).toEqual([...ids].reverse());
    expect(all.body.links).toEqual([]);
    expect(all.body.jobs[0]).not.toHaveProperty("process");
    expect(all.body.jobs[0]).toMatchObject({ title: "job 4", status: "created" });
    const seen: string[] = [];
    let next: string | undefined = "/jobs?limit=2";
    for (let page = 0; next && page < 10; page++) {
      const { body }: { body: { jobs: { id: string }[]; links: { rel: string; href: string }[] } } =
        await h.json(next, { headers });
      expect(body.jobs.length).toBeLessThanOrEqual(2);
      seen.push(...body.jobs.map((j) => j.id));
      next = body.links.find((l) => l.rel === "next")?.href.replace("http://localhost", "");
    }
    expect(seen).toEqual([...ids].reverse());
    const clamped = await h.json("/jobs?limit=99999999999999999999", { headers });
    expect(clamped.body.jobs).toHaveLength(5);
    for (const bad of ["/jobs?limit=0", "/jobs?limit=-1", "/jobs?limit=abc", "/jobs?limit=2&cursor=x"]) {
      const response = await h.json(bad, { headers });
      expect([response.status, response.body.code], bad).toEqual([400, "RequestInvalid"]);
    }
  });

  it("updates with PATCH (204) and refuses while queued or running (JobLocked)", async () => {
    const h = harness();
    const id = await h.createJob();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const patch = (body: unknown) =>
      h.json(`/jobs/${id}`, { method: "PATCH", headers, body: JSON.stringify(body) });
    expect((await patch({ title: "new", description: null, log_level: "debug" })).status).toBe(204);
    expect((await h.json(`/jobs/${id}`, { headers })).body).toMatchObject({
      title: "new",
      description: null,
      log_level: "debug",
    });
    expect((await patch({})).status).toBe(204);
    expect((await h.json(`/jobs/${id}`, { headers })).body).toMatchObject({
      title: "new",
      description: null,
    });
    expect((await patch({ title: 3 })).body.code).toBe("RequestInvalid");
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    const locked = await patch({ title: "later" });
    expect([locked.status, locked.body.code]).toEqual([400, "JobLocked"]);
    h.mock.clock.advance(1000);
    expect((await patch({ title: "later" })).body.code).toBe("JobLocked");
    expect((await h.json(`/jobs/${id}`, { headers })).body.title).toBe("new");
  });

  it("deletes with 204, also while running, and then answers JobNotFound", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(1500);
    expect((await h.request(`/jobs/${id}`, { method: "DELETE", headers })).status).toBe(204);
    const gone = await h.json(`/jobs/${id}`, { headers });
    expect([gone.status, gone.body.code]).toEqual([404, "JobNotFound"]);
    expect((await h.json("/jobs", { headers })).body.jobs).toEqual([]);
    expect(h.mock.store.size).toBe(0);
  });

  it("hides other users' jobs as JobNotFound on every job endpoint", async () => {
    const h = harness();
    const id = await h.createJob();
    const bob = { ...(await h.auth("bob")), "Content-Type": "application/json" };
    const attempts: [string, string][] = [
      ["GET", `/jobs/${id}`],
      ["PATCH", `/jobs/${id}`],
      ["DELETE", `/jobs/${id}`],
      ["POST", `/jobs/${id}/results`],
      ["GET", `/jobs/${id}/results`],
      ["DELETE", `/jobs/${id}/results`],
      ["GET", `/jobs/${id}/logs`],
      ["GET", `/jobs/${id}/estimate`],
    ];
    for (const [method, path] of attempts) {
      const response = await h.json(path, {
        method,
        headers: bob,
        ...(method === "PATCH" ? { body: '{"title":"x"}' } : {}),
      });
      expect([response.status, response.body.code], `${method} ${path}`).toEqual([404, "JobNotFound"]);
    }
    expect((await h.json("/jobs", { headers: bob })).body.jobs).toEqual([]);
    expect(h.mock.store.get(id)?.status).toBe("created");
  });

  it("answers JobNotFound for unknown and malformed ids", async () => {
    const h = harness();
    const headers = await h.auth();
    for (const id of ["j-0000000000000000", "..%2F..%2Fetc", "%00", "x".repeat(300)]) {
      const response = await h.json(`/jobs/${id}`, { headers });
      expect([response.status, response.body.code], id).toEqual([404, "JobNotFound"]);
    }
  });
});

describe("oversized and pathological graphs", () => {
  it("refuses deep nesting, too many nodes, bands or outputs with a 400, never a crash", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const post = (body: string) => h.json("/jobs", { method: "POST", headers, body });
    const node = (args: string) =>
      `{"process":{"process_graph":{"a":{"process_id":"add","arguments":${args},"result":true}}}}`;
    const deepArray = post(node(`{"x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`));
    const deepObject = post(node(`{"x":${'{"a":'.repeat(1000)}1${"}".repeat(1000)}}`));
    expect((await deepArray).body.code).toMatch(/^(JsonInvalid|RequestInvalid)$/);
    expect(await deepObject).toMatchObject({ status: 400, body: { code: "RequestInvalid" } });
    const manyNodes: Record<string, unknown> = {};
    for (let i = 0; i < 600; i++)
      manyNodes[`n${i}`] = { process_id: "add", arguments: { x: 1, y: 2 }, result: i === 0 };
    expect((await post(JSON.stringify({ process: { process_graph: manyNodes } }))).body.code).toBe(
      "ProcessGraphComplexity",
    );
    const graph = saveResultGraph() as {
      process_graph: Record<string, { arguments: Record<string, unknown> }>;
    };
    (graph.process_graph.loadcollection1 as { arguments: Record<string, unknown> }).arguments.bands =
      Array(5000).fill("B04");
    expect((await post(JSON.stringify({ process: graph }))).body.code).toBe("ProcessParameterInvalid");
    const outputs: Record<string, unknown> = {
      lc: { process_id: "load_collection", arguments: { id: "DEMO_DEM" } },
    };
    for (let i = 0; i < 40; i++) {
      outputs[`s${i}`] = {
        process_id: "save_result",
        arguments: { data: { from_node: "lc" }, format: "CSV" },
        result: i === 0,
      };
    }
    expect((await post(JSON.stringify({ process: { process_graph: outputs } }))).body.code).toBe(
      "ProcessGraphComplexity",
    );
    expect(h.mock.store.size).toBe(0);
  });
});
