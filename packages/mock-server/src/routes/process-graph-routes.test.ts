import { describe, expect, it } from "vitest";
import { type Harness, harness, saveResultGraph } from "../../test/support.js";
import type { MockServerOptions } from "../options.js";

const node = (process_id: string, args: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  process_id,
  arguments: args,
  ...extra,
});

/** `plus_ten(x)`: x + 10, as the official Python client stores a process with one parameter. */
const PLUS_TEN = {
  summary: "Adds ten.",
  parameters: [{ name: "x", description: "A number.", schema: { type: "number" } }],
  returns: { description: "x + 10", schema: { type: "number" } },
  process_graph: { add1: node("add", { x: { from_parameter: "x" }, y: 10 }, { result: true }) },
};

/** A UDP of one parameter `x` whose graph only calls `callee(x: 1)` (with `namespace` when given). */
const calling = (callee: string, namespace?: string) => ({
  parameters: [{ name: "x", description: "A number.", schema: { type: "number" } }],
  process_graph: { n: node(callee, { x: 1 }, { result: true, ...(namespace ? { namespace } : {}) }) },
});

async function put(h: Harness, id: string, body: unknown, user = "alice") {
  return h.json(`/process_graphs/${id}`, {
    method: "PUT",
    headers: { ...(await h.auth(user)), "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function listed(h: Harness, user = "alice"): Promise<string[]> {
  const { body } = await h.json("/process_graphs", { headers: await h.auth(user) });
  return body.processes.map((process: { id: string }) => process.id);
}

/** POST /result of a one-node graph calling `id` with x = 32, as `user`. */
async function runSync(h: Harness, id: string, namespace?: string, user = "alice") {
  return h.json("/result", {
    method: "POST",
    headers: { ...(await h.auth(user)), "Content-Type": "application/json" },
    body: JSON.stringify({
      process: {
        process_graph: { n: node(id, { x: 32 }, { result: true, ...(namespace ? { namespace } : {}) }) },
      },
    }),
  });
}

describe("user-defined processes (/process_graphs)", () => {
  it("stores, lists, describes and deletes each user's own processes; listed in the capabilities", async () => {
    const h = harness();
    const { endpoints } = (await h.json("/")).body;
    expect(endpoints).toContainEqual({ path: "/process_graphs", methods: ["GET"] });
    expect(endpoints).toContainEqual({
      path: "/process_graphs/{process_graph_id}",
      methods: ["GET", "PUT", "DELETE"],
    });
    expect((await put(h, "plus_ten", PLUS_TEN)).status).toBe(200);
    expect(await listed(h)).toEqual(["plus_ten"]);
    const { body } = await h.json("/process_graphs", { headers: await h.auth() });
    expect(body.processes[0]).not.toHaveProperty("process_graph");
    const described = await h.json("/process_graphs/plus_ten", { headers: await h.auth() });
    expect(described.body).toEqual({ ...PLUS_TEN, id: "plus_ten" });
    expect(await listed(h, "bob")).toEqual([]);
    const bobs = await h.json("/process_graphs/plus_ten", { headers: await h.auth("bob") });
    expect([bobs.status, bobs.body.code]).toEqual([404, "ProcessGraphNotFound"]);
    expect((await runSync(h, "plus_ten", undefined, "bob")).body.code).toBe("ProcessUnsupported");
    const deleted = await h.request("/process_graphs/plus_ten", {
      method: "DELETE",
      headers: await h.auth(),
    });
    expect(deleted.status).toBe(204);
    expect(await listed(h)).toEqual([]);
    expect((await h.json("/process_graphs", {})).status).toBe(401);
  });

  it("runs a stored process through the engine, called by plain id or in namespace user", async () => {
    const h = harness();
    await put(h, "plus_ten", PLUS_TEN);
    await put(h, "twice_plus_ten", {
      parameters: [{ name: "x", description: "A number.", schema: { type: "number" } }],
      process_graph: {
        a: node("plus_ten", { x: { from_parameter: "x" } }),
        b: node("plus_ten", { x: { from_node: "a" } }, { namespace: "user", result: true }),
      },
    });
    expect((await runSync(h, "plus_ten")).body).toBe(42);
    expect((await runSync(h, "plus_ten", "user")).body).toBe(42);
    expect((await runSync(h, "twice_plus_ten")).body).toBe(52);
    expect((await runSync(h, "plus_ten", "backend")).body.code).toBe("ProcessUnsupported");
    const validate = async (headers: Record<string, string>) =>
      h.json("/validation", {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify(calling("plus_ten", "user")),
      });
    expect((await validate(await h.auth())).body.errors).toEqual([]);
    expect((await validate({})).body.errors.map((error: { code: string }) => error.code)).toEqual([
      "ProcessUnsupported",
    ]);
  });

  it("runs a batch job whose graph calls a stored process, which later changes do not affect", async () => {
    const h = harness();
    await put(h, "pass_on", {
      parameters: [{ name: "data", description: "A cube.", schema: { type: "object", subtype: "datacube" } }],
      process_graph: {
        f: node("filter_bands", { data: { from_parameter: "data" }, bands: ["B04"] }, { result: true }),
      },
    });
    const graph = saveResultGraph().process_graph as Record<string, Record<string, unknown>>;
    const process = {
      process_graph: {
        ...graph,
        p: node("pass_on", { data: { from_node: "loadcollection1" } }, { namespace: "user" }),
        saveresult1: { ...graph.saveresult1, arguments: { data: { from_node: "p" }, format: "GTiff" } },
      },
    };
    const { id, headers, status } = await h.startJob({ process });
    expect(status).toBe(202);
    await h.request("/process_graphs/pass_on", { method: "DELETE", headers });
    h.mock.clock.advance(10_000);
    expect((await h.json(`/jobs/${id}`, { headers })).body.status).toBe("finished");
  });

  it("refuses a malformed process with the engine's openEO error and keeps the store unchanged", async () => {
    const h = harness();
    await put(h, "plus_ten", PLUS_TEN);
    const unknown = await put(h, "plus_ten", calling("no_such_process"));
    expect([unknown.status, unknown.body.code]).toEqual([400, "ProcessUnsupported"]);
    expect(unknown.body.message).toContain("no_such_process");
    const wrongType = await put(h, "other", {
      process_graph: { n: node("add", { x: "ten", y: 1 }, { result: true }) },
    });
    expect([wrongType.status, wrongType.body.code]).toEqual([400, "ProcessParameterInvalid"]);
    const noGraph = await put(h, "other", { summary: "nothing to run" });
    expect([noGraph.status, noGraph.body.code]).toEqual([400, "ProcessGraphMissing"]);
    const twoResults = await put(h, "other", {
      process_graph: {
        a: node("add", { x: 1, y: 1 }, { result: true }),
        b: node("add", { x: 1, y: 1 }, { result: true }),
      },
    });
    expect([twoResults.status, twoResults.body.code]).toEqual([400, "ProcessGraphInvalid"]);
    const predefined = await put(h, "add", PLUS_TEN);
    expect([predefined.status, predefined.body.code]).toEqual([400, "PredefinedProcessExists"]);
    expect(await listed(h)).toEqual(["plus_ten"]);
    expect((await h.json("/process_graphs/plus_ten", { headers: await h.auth() })).body).toEqual({
      ...PLUS_TEN,
      id: "plus_ten",
    });
  });

  it("refuses a process that calls itself, directly or through others, and keeps the store unchanged", async () => {
    const h = harness();
    const direct = await put(h, "loop", calling("loop"));
    expect([direct.status, direct.body.code]).toEqual([400, "ProcessGraphInvalid"]);
    expect(direct.body.message).toContain("calls itself: loop → loop");
    expect((await put(h, "step_one", calling("absolute"))).status).toBe(200);
    expect((await put(h, "step_two", calling("step_one", "user"))).status).toBe(200);
    const indirect = await put(h, "step_one", calling("step_two"));
    expect([indirect.status, indirect.body.code]).toEqual([400, "ProcessGraphInvalid"]);
    expect(indirect.body.message).toContain("step_one → step_two → step_one");
    expect(await listed(h)).toEqual(["step_one", "step_two"]);
    expect(
      (await h.json("/process_graphs/step_one", { headers: await h.auth() })).body.process_graph.n.process_id,
    ).toBe("absolute");
  });
});

describe("process namespaces", () => {
  const definitionUrl = "http://127.0.0.1:9/processes/plus_ten.json";
  const served = (options: Partial<MockServerOptions>, body: unknown = { id: "plus_ten", ...PLUS_TEN }) => {
    const fetched: string[] = [];
    const h = harness({
      timing: { mode: "virtual" },
      processFetch: async (request) => {
        fetched.push(request.url);
        return new Response(typeof body === "string" ? body : JSON.stringify(body));
      },
      ...options,
    });
    return { h, fetched };
  };

  it("refuses a namespace URL outside --allow-process-url, fetching nothing and storing no job", async () => {
    const { h, fetched } = served({ allowProcessUrls: ["http://127.0.0.1:9/other/"] });
    const refused = await runSync(h, "plus_ten", definitionUrl);
    expect([refused.status, refused.body.code]).toEqual([400, "ProcessUnsupported"]);
    expect(refused.body.message).toContain(definitionUrl);
    expect(refused.body.message).toContain("only from http://127.0.0.1:9/other/");
    const job = await h.json("/jobs", {
      method: "POST",
      headers: { ...(await h.auth()), "Content-Type": "application/json" },
      body: JSON.stringify({ process: calling("plus_ten", definitionUrl) }),
    });
    expect([job.status, job.body.code]).toEqual([400, "ProcessUnsupported"]);
    expect((await h.json("/jobs", { headers: await h.auth() })).body.jobs).toEqual([]);
    const named = await runSync(h, "plus_ten", "somewhere");
    expect([named.status, named.body.code]).toEqual([400, "ProcessUnsupported"]);
    expect(fetched).toEqual([]);
  });

  it("fetches a definition under an allowed prefix (loopback included) and runs it", async () => {
    const { h, fetched } = served({ allowProcessUrls: ["http://127.0.0.1:9/processes/"] });
    expect((await runSync(h, "plus_ten", definitionUrl)).body).toBe(42);
    expect(fetched).toEqual([definitionUrl]);
  });

  it("refuses an allowed URL whose answer is not a process definition or is too large", async () => {
    const allowProcessUrls = ["http://127.0.0.1:9/processes/"];
    const notJson = await runSync(served({ allowProcessUrls }, "<html>").h, "plus_ten", definitionUrl);
    expect([notJson.status, notJson.body.code]).toEqual([400, "ProcessUnsupported"]);
    expect(notJson.body.message).toContain("not JSON");
    const large = { id: "plus_ten", ...PLUS_TEN, padding: "x".repeat(1024 * 1024) };
    const tooLarge = await runSync(served({ allowProcessUrls }, large).h, "plus_ten", definitionUrl);
    expect(tooLarge.body.message).toContain("larger than 1048576 bytes");
  });

  it("serves --udp processes in namespace backend, listed in GET /processes", async () => {
    const h = harness({ timing: { mode: "virtual" }, udp: [{ id: "plus_ten", ...PLUS_TEN }] });
    const { body } = await h.json("/processes");
    expect(body.processes.map((process: { id: string }) => process.id)).toContain("plus_ten");
    expect((await runSync(h, "plus_ten", "backend")).body).toBe(42);
    expect((await runSync(h, "plus_ten")).body).toBe(42);
    expect((await put(h, "plus_ten", PLUS_TEN)).body.code).toBe("PredefinedProcessExists");
  });
});

describe("back-end processes (udp) checked by the engine", () => {
  it("fails every request that needs processes while one is invalid, naming it", async () => {
    const bad = { id: "broken_sum", process_graph: { n: node("add", { x: "one", y: 1 }, { result: true }) } };
    const h = harness({ timing: { mode: "virtual" }, udp: [bad] });
    await expect(h.mock.loadProcesses()).rejects.toThrow("The back-end process 'broken_sum' is invalid");
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { status, body } = await h.json("/processes");
      expect([status, body.code]).toEqual([500, "Internal"]);
    }
  });
});
