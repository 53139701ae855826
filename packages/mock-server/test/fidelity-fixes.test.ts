import { createSchemaValidator } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

/** Requests the mock used to refuse although openEO allows them; each now succeeds and the store shows it. */
describe("fidelity fixes", () => {
  it("answers GET /jobs/{id}/results in the media type Accept asks for", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(10_000);
    const asked = async (accept: string) =>
      (await h.request(`/jobs/${id}/results`, { headers: { ...headers, Accept: accept } })).headers.get(
        "content-type",
      );
    expect(await asked("application/json")).toBe("application/json");
    expect(await asked("application/geo+json")).toBe("application/geo+json");
    expect(await asked("application/json, application/geo+json")).toBe("application/geo+json");
    expect(await asked("*/*")).toBe("application/geo+json");
    expect(h.mock.store.get(id)?.status).toBe("finished");
  });

  it("treats empty limit= and level= as not given", async () => {
    const h = harness();
    const headers = await h.auth();
    const ids = [await h.createJob(), await h.createJob()];
    const listed = await h.json("/jobs?limit=", { headers });
    expect(listed.status).toBe(200);
    expect(listed.body.jobs.map((job: { id: string }) => job.id).sort()).toEqual([...ids].sort());
    expect((await h.json("/collections?limit=")).status).toBe(200);
    await h.request(`/jobs/${ids[0]}/results`, { method: "POST", headers });
    const logs = await h.json(`/jobs/${ids[0]}/logs?level=&limit=`, { headers });
    expect(logs.status).toBe(200);
    expect(logs.body.logs.length).toBe(h.mock.store.get(ids[0] as string)?.logs.length);
  });

  it("answers PATCH {} with 204 and changes nothing", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const id = await h.createJob({ process: saveResultGraph(), title: "kept" });
    const before = h.mock.store.get(id);
    h.mock.clock.advance(1000);
    const patched = await h.request(`/jobs/${id}`, { method: "PATCH", headers, body: "{}" });
    expect(patched.status).toBe(204);
    expect(h.mock.store.get(id)).toEqual(before);
  });

  it("refuses a JSON body sent as text/plain or without Content-Type with ContentTypeInvalid, storing nothing", async () => {
    const h = harness();
    const auth = await h.auth();
    const body = JSON.stringify({ process: saveResultGraph() });
    for (const headers of [{ ...auth, "Content-Type": "text/plain" }, auth]) {
      const response = await h.json("/jobs", { method: "POST", headers, body });
      expect([response.status, response.body.code]).toEqual([400, "ContentTypeInvalid"]);
    }
    const sync = await h.json("/result", { method: "POST", headers: auth, body });
    expect([sync.status, sync.body.code]).toEqual([400, "ContentTypeInvalid"]);
    expect(h.mock.store.size).toBe(0);
    const accepted = await h.request("/jobs", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json; charset=utf-8" },
      body,
    });
    expect(accepted.status).toBe(201);
    expect(h.mock.store.size).toBe(1);
  });

  it("says the same about budget 0 as openEO: valid JSON for the contract, BudgetInvalid from the back-end", async () => {
    const body = { process: saveResultGraph(), budget: 0 };
    expect(createSchemaValidator().validateRequestBody("POST", "/jobs", body)).toEqual([]);
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const response = await h.json("/jobs", { method: "POST", headers, body: JSON.stringify(body) });
    expect([response.status, response.body.code]).toEqual([400, "BudgetInvalid"]);
    expect(h.mock.store.size).toBe(0);
  });
});
